// Loops compiled for AVX-512, AVX2 and the baseline, one version chosen when the program loads
// (the build targets the baseline x86-64, whose SSE2 has 4 float lanes). Two rules keep every loop
// on its CPU's version: a multiversioned function is defined before its first call (clang 14
// otherwise emits a single version, which held AVX-512 code with no dispatch), and what it calls is
// inlined into it (RNNSEARCH_INLINE): a helper left out of line is compiled once, for the baseline.
// Kernels.VectorCodeIsDispatched checks both in the built program, and that every AVX2 version
// holds vector instructions.
#pragma once

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#define RNNSEARCH_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define RNNSEARCH_CLONES
#endif
#if defined(__clang__) || defined(__GNUC__)
#define RNNSEARCH_INLINE inline __attribute__((always_inline))
#else
#define RNNSEARCH_INLINE inline
#endif
