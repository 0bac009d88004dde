#include "rnnsearch/common/runtime.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <array>
#include <cstdlib>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>

#include "rnnsearch/common/error.h"

namespace rnnsearch {
namespace {

// Sets an environment variable for one scope.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    ::setenv(name, value, 1);
  }
  ~ScopedEnv() {
    if (had_) ::setenv(name_, old_.c_str(), 1);
    else ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::string old_;
  bool had_ = false;
};

TEST(Runtime, ThreadsFromConfigThenEnvironment) {
  ScopedEnv env("RNNSEARCH_THREADS", "3");
  EXPECT_EQ(resolve_threads(5), 5);
  EXPECT_EQ(resolve_threads(0), 3);
  {
    ScopedEnv bad("RNNSEARCH_THREADS", "lots");
    EXPECT_THROW(resolve_threads(0), UserError);
  }
  const int before = torch::get_num_threads();
  EXPECT_EQ(configure_threads(2), 2);
  EXPECT_EQ(torch::get_num_threads(), 2);
  torch::set_num_threads(before);
}

#if defined(__GLIBC__)
// After keep_freed_memory a 64 MiB block comes from the heap, not from mmap (which would unmap it
// when freed); RNNSEARCH_MALLOC_DEFAULTS leaves glibc's defaults.
// run_both: each function once; on a pool of two threads (a GNU OpenMP build) at once on two
// threads, each computing on one; else one after the other on the caller; errors rethrown after
// both ran, the first function's first.
TEST(Runtime, RunBothRunsEachOnceOnItsOwnThreadAndRethrows) {
  const int threads = at::get_num_threads();
  const bool gomp = set_threads_of_this_thread(threads);
  for (const int n : {1, 2}) {
    SCOPED_TRACE(::testing::Message() << n << " threads");
    at::set_num_threads(n);
    std::array<int, 2> calls{0, 0}, inner{0, 0};
    std::array<std::thread::id, 2> ids;
    auto f = [&](int k) {
      return [&, k] {
        ++calls[static_cast<std::size_t>(k)];
        inner[static_cast<std::size_t>(k)] = at::get_num_threads();
        ids[static_cast<std::size_t>(k)] = std::this_thread::get_id();
      };
    };
    run_both(f(0), f(1));
    EXPECT_EQ(calls, (std::array<int, 2>{1, 1}));
    EXPECT_EQ(inner, (std::array<int, 2>{1, 1}));
    EXPECT_EQ(ids[0], std::this_thread::get_id());
    if (gomp && n == 2) EXPECT_NE(ids[1], ids[0]) << "the second function ran on the caller";
    else EXPECT_EQ(ids[1], ids[0]);
    EXPECT_EQ(at::get_num_threads(), n) << "the caller's threads after";
    auto fail = [](const char* what) { return [what] { throw std::runtime_error(what); }; };
    int ran = 0;
    try {
      run_both([&] { ++ran; }, fail("second"));
      ADD_FAILURE() << "no exception";
    } catch (const std::runtime_error& e) {
      EXPECT_STREQ(e.what(), "second");
    }
    EXPECT_EQ(ran, 1);
    try {
      run_both(fail("first"), fail("second"));
      ADD_FAILURE() << "no exception";
    } catch (const std::runtime_error& e) {
      EXPECT_STREQ(e.what(), "first");
    }
  }
  at::set_num_threads(threads);
}

TEST(Runtime, KeepsLargeBlocksOutOfMmap) {
  {
    ScopedEnv off("RNNSEARCH_MALLOC_DEFAULTS", "1");
    EXPECT_FALSE(keep_freed_memory());
  }
  ASSERT_TRUE(keep_freed_memory());
  const auto mapped = mallinfo2().hblks;
  auto* block = static_cast<volatile char*>(std::malloc(std::size_t{64} << 20));
  ASSERT_NE(block, nullptr);
  block[0] = 1;
  EXPECT_EQ(mallinfo2().hblks, mapped);
  std::free(const_cast<char*>(block));
}
#endif

TEST(Runtime, Devices) {
  EXPECT_EQ(resolve_device(DeviceType::cpu), torch::Device(torch::kCPU));
  if (torch::cuda::is_available()) {
    EXPECT_TRUE(resolve_device(DeviceType::automatic).is_cuda());
  } else {
    EXPECT_TRUE(resolve_device(DeviceType::automatic).is_cpu());
    EXPECT_THROW(resolve_device(DeviceType::cuda), ConfigError);
  }
}

// The CPU flags the Linux kernel reports, an independent view of what CPUID says.
std::set<std::string> cpuinfo_flags() {
  std::ifstream in("/proc/cpuinfo");
  std::set<std::string> flags;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("flags", 0) != 0) continue;
    std::istringstream words(line.substr(line.find(':') + 1));
    for (std::string w; words >> w;) flags.insert(w);
    break;
  }
  return flags;
}

bool has_all(const std::set<std::string>& flags, std::initializer_list<const char*> names) {
  for (const char* n : names)
    if (flags.count(n) == 0) return false;
  return true;
}

TEST(Runtime, CpuFeaturesAgreeWithTheKernel) {
  const auto flags = cpuinfo_flags();
  if (flags.empty()) GTEST_SKIP() << "no /proc/cpuinfo flags";
  const bool avx512 = has_all(flags, {"avx512f", "avx512dq", "avx512bw", "avx512vl"});
  const bool bf16 = avx512 && (flags.count("avx512_bf16") > 0 || flags.count("amx_bf16") > 0);
  EXPECT_EQ(cpu_has_native_bf16(), bf16);
  EXPECT_EQ(cpu_has_bf16_kernels(), avx512);
  const bool int8_dot = (flags.count("avx2") > 0 && flags.count("avx_vnni") > 0) ||
                        (avx512 && (flags.count("avx512_vnni") > 0 || flags.count("amx_int8") > 0));
  EXPECT_EQ(cpu_has_int8_dot(), int8_dot);
  // The kind of matrix units the benchmark reports, from the same flags.
  const std::string units = avx512 && flags.count("amx_bf16") > 0 ? "AMX"
                            : bf16                                  ? "AVX512-BF16"
                            : avx512                                ? "AVX-512"
                            : flags.count("avx2") > 0               ? "AVX2"
                                                                    : "none";
  EXPECT_EQ(cpu_matrix_units(), units);
  EXPECT_NE(cpu_model_name(), "");
  {
    ScopedEnv set("ATEN_CPU_CAPABILITY", "avx2");
    EXPECT_FALSE(prefer_avx512_kernels()) << "a variable the user set stays";
    EXPECT_STREQ(std::getenv("ATEN_CPU_CAPABILITY"), "avx2");
  }
  {
    ScopedEnv clear("ATEN_CPU_CAPABILITY", "");
    ::unsetenv("ATEN_CPU_CAPABILITY");
    EXPECT_EQ(prefer_avx512_kernels(), avx512);
    const char* value = std::getenv("ATEN_CPU_CAPABILITY");
    if (avx512) {
      ASSERT_NE(value, nullptr);
      EXPECT_STREQ(value, "avx512");
    } else {
      EXPECT_EQ(value, nullptr);
    }
  }
}

TEST(Runtime, Precision) {
  const torch::Device cpu(torch::kCPU), cuda(torch::kCUDA);
  EXPECT_EQ(resolve_precision(Precision::float32, cpu), torch::kFloat);
  EXPECT_EQ(resolve_precision(Precision::bfloat16, cpu), torch::kBFloat16);
  EXPECT_EQ(resolve_precision(Precision::int8, cpu), resolve_precision(Precision::automatic, cpu));
  EXPECT_EQ(resolve_precision(Precision::bfloat16, cuda), torch::kBFloat16);
  EXPECT_EQ(resolve_precision(Precision::automatic, cpu), cpu_has_native_bf16() ? torch::kBFloat16 : torch::kFloat);
  EXPECT_EQ(resolve_precision(Precision::automatic, cuda), torch::kFloat);
}

}  // namespace
}  // namespace rnnsearch
