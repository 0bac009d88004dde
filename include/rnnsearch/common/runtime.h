// Process-wide LibTorch settings: CPU threads and the compute device.
#pragma once

#include <torch/types.h>

#include <functional>
#include <string>

#include "rnnsearch/common/config.h"

namespace rnnsearch {

// Threads to use: `configured` when > 0, else $RNNSEARCH_THREADS, else every core. LibTorch's own
// default on this platform is 1 thread, which halves training speed.
int resolve_threads(int configured);

// Whether the environment variable `name` is "0": the switch that turns a faster kernel off, for
// comparison (RNNSEARCH_PANEL_GEMM, RNNSEARCH_ONEDNN_FLOAT, RNNSEARCH_GRU_LAYER,
// RNNSEARCH_DECODER_LAYER). Read where the choice is made, not once per process, so that
// `rnnsearch bench --compare` can take turns with and without it.
bool switched_off(const char* name);

// Applies resolve_threads(configured) to LibTorch's intra-op pool; returns the count.
int configure_threads(int configured);

// Sets the threads of LibTorch's intra-op work, and of the BLAS and oneDNN products, started from
// the calling thread only (GNU OpenMP's per-thread count; other threads keep theirs): for worker
// threads that each run their own part of a job. Returns false (and does nothing) in a build
// without GNU OpenMP.
bool set_threads_of_this_thread(int threads);

// f(begin, end, thread) over [0, n) in contiguous chunks, one per thread of LibTorch's pool
// (at::get_num_threads()), at least `grain` items each; thread < at::get_num_threads(). Calls GNU
// OpenMP, whose threads LibTorch's pool is: LibTorch's at::parallel_for is an inline OpenMP pragma,
// serial in files built without OpenMP (as this project's are). Without GNU OpenMP, or inside a
// parallel region, one call f(0, n, 0). A template over the caller's function object, so that the
// hot loops (search and training steps) allocate nothing per call.
using ChunkCall = void (*)(const void* f, int64_t begin, int64_t end, int64_t thread);
void parallel_chunks(int64_t n, int64_t grain, ChunkCall call, const void* f);
template <class F>
void parallel_chunks(int64_t n, int64_t grain, const F& f) {
  const ChunkCall call = [](const void* g, int64_t begin, int64_t end, int64_t thread) {
    (*static_cast<const F*>(g))(begin, end, thread);
  };
  parallel_chunks(n, grain, call, &f);
}

// f0 and f1 at once on the two threads of LibTorch's pool, each computing on its own thread
// alone, for two independent pieces of work made of many small operations (a bidirectional
// encoder's two directions), which two threads run faster side by side than each split over both.
// One after the other, on all threads, where the pool does not have exactly two threads (or inside
// a parallel region). Exceptions are rethrown once both are done (f0's first).
void run_both(const std::function<void()>& f0, const std::function<void()>& f1);

// auto: CUDA when available, else CPU. cuda without a GPU is a UserError naming train.device.
torch::Device resolve_device(DeviceType type);

// Whether this x86 CPU has AVX512-BF16 or AMX-BF16 (and the OS saves AVX-512 registers), so that
// oneDNN runs bfloat16 matrix products natively; without them bfloat16 is emulated and slow.
bool cpu_has_native_bf16();

// Whether LibTorch 1.13's and oneDNN 2.6's bfloat16 matrix kernels run here: they need AVX-512
// (F, DQ, BW, VL; emulated bfloat16 without AVX512-BF16). On an AVX2-only CPU oneDNN has none and
// LibTorch's fallback is slow and sums in bfloat16, so bfloat16 products are made by float32
// kernels from the bfloat16 values instead (kernels.h `product`, PackedLinear).
bool cpu_has_bf16_kernels();

// Whether oneDNN's bfloat16 products run on AMX tiles here (AMX-BF16, not capped by
// ONEDNN_MAX_CPU_ISA): kernels.h `product` picks its form by it.
bool cpu_has_amx_bf16();

// Whether the CPU has int8 dot-product instructions (AVX512-VNNI, AVX-VNNI or AMX-INT8). Without
// them oneDNN's int8 products sum pairs of u8 x s8 products in saturating 16 bits (AVX2's
// vpmaddubsw) and lose large sums, so PackedLinear quantises to values that cannot overflow there.
bool cpu_has_int8_dot();

// Where products in `dtype` run on the CPU without kernels of their own (bfloat16 without
// AVX-512), a warning saying so (they run on float32 kernels: the same values, no faster); else "".
// Honours ONEDNN_MAX_CPU_ISA / DNNL_MAX_CPU_ISA, as every check here does.
std::string emulated_precision_note(torch::Dtype dtype);

// The fastest matrix-product units this CPU offers LibTorch's kernels (for benchmark reports):
// "AMX" (AMX-BF16), "AVX512-BF16", "AVX-512", "AVX2" or "none". Every check here treats the
// features above ONEDNN_MAX_CPU_ISA (or DNNL_MAX_CPU_ISA) as absent, as oneDNN itself does.
std::string cpu_matrix_units();

// The CPU's model name from /proc/cpuinfo ("unknown" where there is none).
std::string cpu_model_name();

// LibTorch 1.13 and later use their AVX2 kernels even on AVX-512 CPUs unless ATEN_CPU_CAPABILITY
// says otherwise (AVX-512 was slower on some Intel parts). Here its element-wise kernels (tanh,
// exp) are faster with it, so this sets ATEN_CPU_CAPABILITY=avx512 where the CPU and OS support
// AVX-512 and the variable is unset. Must run before the first tensor operation; returns whether
// it set the variable.
bool prefer_avx512_kernels();

// glibc's malloc hands blocks of 32 MiB and more (and, by its dynamic threshold, smaller ones)
// to mmap and unmaps them when freed, so a training step's logits and their gradients fault in
// anew, page by page, at every step. This keeps freed memory in the process instead. Measured on
// an AMX virtual machine (2 vCPUs, `rnnsearch bench` of the Multi30k config, 20 steps,
// alternating): bfloat16 1,522 / 1,946 / 1,739 target tok/s with glibc's defaults against
// 2,122 / 2,209 / 1,837 with this; float32 within the host's noise; peak memory 969-994 against
// 1,249-1,322 MiB in bfloat16 (freed blocks are reused less tightly), unchanged in float32.
// Call first in main; RNNSEARCH_MALLOC_DEFAULTS=1 leaves glibc's defaults. Returns whether it
// changed them.
bool keep_freed_memory();

// The parameter type for translating: auto = bfloat16 on a CPU with native bfloat16, else float32
// (also on CUDA); int8 as auto (int8 is for the products of the fused search step, FusedStep,
// which it quantises from these parameters; the encoder runs in this type).
torch::Dtype resolve_precision(Precision precision, const torch::Device& device);

}  // namespace rnnsearch
