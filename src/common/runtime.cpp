#include "rnnsearch/common/runtime.h"

#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <exception>
#include <fstream>
#include <string>
#include <thread>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

#include "rnnsearch/common/error.h"

#ifdef RNNSEARCH_GOMP
extern "C" {
void omp_set_num_threads(int);
void GOMP_parallel(void (*fn)(void*), void* data, unsigned num_threads, unsigned flags);
int omp_get_thread_num();
int omp_get_num_threads();
int omp_in_parallel();
}
#endif

namespace rnnsearch {

int resolve_threads(int configured) {
  if (configured > 0) return configured;
  if (const char* env = std::getenv("RNNSEARCH_THREADS")) {
    char* end = nullptr;
    const long value = std::strtol(env, &end, 10);
    if (end == env || *end != '\0' || value < 1 || value > 1024)
      throw UserError(std::string("RNNSEARCH_THREADS=") + env + ": expected an integer in [1, 1024]");
    return static_cast<int>(value);
  }
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? static_cast<int>(cores) : 1;
}

bool switched_off(const char* name) {
  const char* env = std::getenv(name);
  return env != nullptr && std::string(env) == "0";
}

int configure_threads(int configured) {
  const int threads = resolve_threads(configured);
  torch::set_num_threads(threads);
  return threads;
}

bool set_threads_of_this_thread(int threads) {
#ifdef RNNSEARCH_GOMP
  // LibTorch sets each thread's OpenMP count from its global one at the thread's first parallel
  // call; make that happen first, then override it for this thread alone.
  (void)at::get_num_threads();
  omp_set_num_threads(std::max(threads, 1));
  return true;
#else
  (void)threads;
  return false;
#endif
}

torch::Device resolve_device(DeviceType type) {
  switch (type) {
    case DeviceType::automatic:
      return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    case DeviceType::cpu:
      return torch::Device(torch::kCPU);
    case DeviceType::cuda:
      if (!torch::cuda::is_available())
        throw ConfigError("config", "train.device", "cuda requested, but LibTorch sees no CUDA device");
      return torch::Device(torch::kCUDA);
  }
  throw std::logic_error("resolve_device: unhandled DeviceType");
}

namespace {

struct X86Features {
  bool avx2 = false;         // with the OS saving the AVX registers
  bool avx512 = false;       // F, DQ, BW and VL, with the OS saving their registers
  bool avx512_bf16 = false;  // with the above
  bool amx_bf16 = false;     // with the above
  bool bf16 = false;         // AVX512-BF16 or AMX-BF16 (with the above)
  bool avx_vnni = false;     // with AVX2
  bool int8_dot = false;     // AVX512-VNNI or AMX-INT8 (with AVX-512), or AVX-VNNI
};

X86Features detect_x86_features() {
  X86Features f;
#if defined(__x86_64__) || defined(__i386__)
  unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
  if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0 || (ecx & (1U << 27)) == 0) return f;  // OSXSAVE
  // The OS must save the AVX-512 state (XCR0 bits 1, 2, 5, 6, 7).
  unsigned xcr0_low = 0, xcr0_high = 0;
  __asm__("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
  if ((xcr0_low & 0x6U) != 0x6U) return f;  // SSE and AVX state
  if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0) return f;
  f.avx2 = (ebx & (1U << 5)) != 0;
  unsigned leaf7_1_eax = 0;
  if (eax >= 1) {  // sub-leaf 1 exists
    unsigned a = 0, b = 0, c = 0, d = 0;
    __get_cpuid_count(7, 1, &a, &b, &c, &d);
    leaf7_1_eax = a;
  }
  f.avx_vnni = f.avx2 && (leaf7_1_eax & (1U << 4)) != 0;
  f.int8_dot = f.avx_vnni;
  if ((xcr0_low & 0xE6U) != 0xE6U) return f;
  const unsigned needed = (1U << 16) | (1U << 17) | (1U << 30) | (1U << 31);  // F, DQ, BW, VL
  f.avx512 = (ebx & needed) == needed;
  f.amx_bf16 = f.avx512 && (edx & (1U << 22)) != 0;
  f.avx512_bf16 = f.avx512 && (leaf7_1_eax & (1U << 5)) != 0;
  f.bf16 = f.avx512_bf16 || f.amx_bf16;
  // AVX512-VNNI (ECX bit 11), AMX-INT8 (EDX bit 25)
  f.int8_dot = f.int8_dot || (f.avx512 && ((ecx & (1U << 11)) != 0 || (edx & (1U << 25)) != 0));
#endif
  return f;
}

// oneDNN's own cap on the instructions it uses (ONEDNN_MAX_CPU_ISA, or DNNL_MAX_CPU_ISA, e.g.
// AVX2 or AVX512_CORE_BF16), which it reads once: the features above it are treated as absent, so
// that the choices made here match the kernels oneDNN offers (and a run capped at AVX2 on any
// CPU takes the paths an AVX2-only CPU takes). Unknown values (ALL, the AMX ones) cap nothing.
void apply_isa_cap(X86Features& f) {
  const char* value = std::getenv("ONEDNN_MAX_CPU_ISA");
  if (value == nullptr || *value == '\0') value = std::getenv("DNNL_MAX_CPU_ISA");
  if (value == nullptr) return;
  std::string cap(value);
  for (char& c : cap) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const bool below_avx2 = cap == "SSE41" || cap == "AVX";
  const bool below_avx512 = below_avx2 || cap == "AVX2" || cap == "AVX2_VNNI";
  const bool below_bf16 = below_avx512 || cap == "AVX512_CORE" || cap == "AVX512_CORE_VNNI";
  const bool below_amx = below_bf16 || cap == "AVX512_CORE_BF16";
  if (below_avx2) f.avx2 = false;
  if (below_amx) f.amx_bf16 = false;
  if (below_bf16) f.avx512_bf16 = false;
  if (below_avx512) f.avx512 = false;
  f.bf16 = f.avx512_bf16 || f.amx_bf16;
  if (below_avx2 || cap == "AVX2" || cap == "AVX512_CORE") f.int8_dot = false;
  if (cap == "AVX2_VNNI") f.int8_dot = f.avx_vnni;
}

// Read once: training asks for every update, and CPUID traps to the hypervisor in a VM.
const X86Features& x86_features() {
  static const X86Features features = [] {
    X86Features f = detect_x86_features();
    apply_isa_cap(f);
    return f;
  }();
  return features;
}

}  // namespace

bool cpu_has_native_bf16() { return x86_features().bf16; }

bool cpu_has_bf16_kernels() { return x86_features().avx512; }

bool cpu_has_amx_bf16() { return x86_features().amx_bf16; }

bool cpu_has_int8_dot() { return x86_features().int8_dot; }

std::string emulated_precision_note(torch::Dtype dtype) {
  if (dtype != torch::kBFloat16 || cpu_has_bf16_kernels()) return "";
  return "this CPU (" + cpu_matrix_units() +
         ") has no bfloat16 matrix kernels: those products run on float32 kernels from the same values, no faster "
         "than float32";
}

std::string cpu_matrix_units() {
  const X86Features& f = x86_features();
  if (f.amx_bf16) return "AMX";
  if (f.avx512_bf16) return "AVX512-BF16";
  if (f.avx512) return "AVX-512";
  if (f.avx2) return "AVX2";
  return "none";
}

std::string cpu_model_name() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) != 0) continue;
    const auto colon = line.find(':');
    if (colon == std::string::npos) break;
    const auto start = line.find_first_not_of(" \t", colon + 1);
    return start == std::string::npos ? "unknown" : line.substr(start);
  }
  return "unknown";
}

bool prefer_avx512_kernels() {
  if (std::getenv("ATEN_CPU_CAPABILITY") != nullptr || !x86_features().avx512) return false;
  return setenv("ATEN_CPU_CAPABILITY", "avx512", 0) == 0;
}

void parallel_chunks(int64_t n, int64_t grain, ChunkCall call, const void* f) {
#ifdef RNNSEARCH_GOMP
  const int64_t threads = std::min<int64_t>(at::get_num_threads(), (n + grain - 1) / std::max<int64_t>(grain, 1));
  if (threads > 1 && !omp_in_parallel()) {
    struct Job {
      ChunkCall call;
      const void* f;
      int64_t n, threads;
    } job{call, f, n, threads};
    GOMP_parallel(
        [](void* data) {
          const auto& j = *static_cast<const Job*>(data);
          const int64_t t = omp_get_thread_num(), chunk = (j.n + j.threads - 1) / j.threads;
          const int64_t begin = t * chunk, end = std::min(j.n, begin + chunk);
          if (begin < end) j.call(j.f, begin, end, t);
        },
        &job, static_cast<unsigned>(threads), 0);
    return;
  }
#endif
  if (n > 0) call(f, 0, n, 0);
}

void run_both(const std::function<void()>& f0, const std::function<void()>& f1) {
#ifdef RNNSEARCH_GOMP
  // The two threads of LibTorch's own pool, each running its function on itself alone (its
  // count set to 1 inside the region, where LibTorch, oneDNN and parallel_chunks then run
  // serially): a third thread would compete with the pool's second, which spins a while after
  // every parallel region.
  if (at::get_num_threads() == 2 && !omp_in_parallel()) {
    struct Job {
      const std::function<void()>* f[2];
      std::exception_ptr error[2];
    } job{{&f0, &f1}, {}};
    GOMP_parallel(
        [](void* data) {
          auto& j = *static_cast<Job*>(data);
          const int t = omp_get_thread_num();
          set_threads_of_this_thread(1);  // after LibTorch's own first setting on a fresh thread
          for (int k = t; k < 2; k += omp_get_num_threads()) {  // both on one thread if only one came
            try {
              (*j.f[k])();
            } catch (...) {
              j.error[k] = std::current_exception();
            }
          }
        },
        &job, 2, 0);
    for (const auto& e : job.error)
      if (e) std::rethrow_exception(e);
    return;
  }
#endif
  f0();
  f1();
}

bool keep_freed_memory() {
#if defined(__GLIBC__)
  if (std::getenv("RNNSEARCH_MALLOC_DEFAULTS") != nullptr) return false;
  // No mmap for large blocks (each would be unmapped on free and fault in again page by page on
  // the next use), and the heap's free top kept up to 1 GiB instead of returned to the kernel.
  return mallopt(M_MMAP_MAX, 0) == 1 && mallopt(M_TRIM_THRESHOLD, 1 << 30) == 1;
#else
  return false;
#endif
}

torch::Dtype resolve_precision(Precision precision, const torch::Device& device) {
  switch (precision) {
    case Precision::float32:
      return torch::kFloat;
    case Precision::bfloat16:
      return torch::kBFloat16;
    case Precision::automatic:
    case Precision::int8:  // int8 is for the decoder step's products; the encoder runs as under auto
      return device.is_cpu() && cpu_has_native_bf16() ? torch::kBFloat16 : torch::kFloat;
  }
  throw std::logic_error("resolve_precision: unhandled Precision");
}

}  // namespace rnnsearch
