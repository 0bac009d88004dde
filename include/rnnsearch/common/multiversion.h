// Loops compiled for AVX-512, for AVX2 with FMA and for the baseline, one version chosen when the
// program loads (the build targets the baseline x86-64, whose SSE2 has 4 float lanes):
//
//   RNNSEARCH_VERSIONS(void f(const float* x, int64_t n), {
//     ...
//   })
//
// defines f three times with the target attribute (function multiversioning). The AVX2 version
// also uses FMA (a CPU with AVX2 but without FMA takes the baseline): clang 14's
// target_clones("avx2") version, used before, was compiled without it, every a * b + c of its loops
// a multiply and an add (no vfmadd in the AVX2 versions of tanh_sum_row, gru_forward_rows or
// log_softmax_row, by objdump). Two rules
// keep every loop on its CPU's version: a multiversioned function is defined before its first call
// (clang 14 otherwise emitted a single version of target_clones, which held AVX-512 code with no
// dispatch), and what it calls is inlined into it (RNNSEARCH_INLINE): a helper left out of line is
// compiled once, for the baseline. Kernels.VectorCodeIsDispatched checks both in the built program,
// that every AVX2 version holds vector instructions and that they use FMA. The signature may not
// hold a comma outside parentheses (a template's: use an alias).
#pragma once

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
// (The warning is off around the versions: clang 14 calls the versions of a function in an
// anonymous namespace unused, as only its resolver names them, and refuses the `unused` attribute
// on a multiversioned function.)
#define RNNSEARCH_VERSIONS(SIGNATURE, ...)                                             \
  _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wunused-function\"") \
  __attribute__((target("avx512f"))) SIGNATURE __VA_ARGS__                               \
  __attribute__((target("avx2,fma"))) SIGNATURE __VA_ARGS__                              \
  __attribute__((target("default"))) SIGNATURE __VA_ARGS__                               \
  _Pragma("GCC diagnostic pop")
#else
#define RNNSEARCH_VERSIONS(SIGNATURE, ...) SIGNATURE __VA_ARGS__
#endif
#if defined(__clang__) || defined(__GNUC__)
#define RNNSEARCH_INLINE inline __attribute__((always_inline))
#else
#define RNNSEARCH_INLINE inline
#endif
