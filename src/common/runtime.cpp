#include "rnnsearch/common/runtime.h"

#include <torch/torch.h>

#include <cstdlib>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <fstream>
#include <string>
#include <thread>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

#include "rnnsearch/common/error.h"

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

int configure_threads(int configured) {
  const int threads = resolve_threads(configured);
  torch::set_num_threads(threads);
  return threads;
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
  if ((xcr0_low & 0xE6U) != 0xE6U) return f;
  const unsigned needed = (1U << 16) | (1U << 17) | (1U << 30) | (1U << 31);  // F, DQ, BW, VL
  f.avx512 = (ebx & needed) == needed;
  f.amx_bf16 = f.avx512 && (edx & (1U << 22)) != 0;
  if (eax >= 1) {  // sub-leaf 1 exists
    __get_cpuid_count(7, 1, &eax, &ebx, &ecx, &edx);
    f.avx512_bf16 = f.avx512 && (eax & (1U << 5)) != 0;
  }
  f.bf16 = f.avx512_bf16 || f.amx_bf16;
#endif
  return f;
}

// Read once: training asks for every update, and CPUID traps to the hypervisor in a VM.
const X86Features& x86_features() {
  static const X86Features features = detect_x86_features();
  return features;
}

}  // namespace

bool cpu_has_native_bf16() { return x86_features().bf16; }

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
