#pragma once

// Float32 products y = x W^T + b for the few rows of a search or training step, on CPUs with AVX2
// and FMA but without AVX-512, without LibTorch. There oneDNN 2.6 keeps a float32 weight in its
// plain layout (its packed layouts are AVX-512's) and its gemm:jit copies the weight into blocks at
// every call. Here W [N, K] is packed once into panels of 16 columns (for each k, the panel's 16
// weights W[n][k] side by side), and a 6-row x 16-column block of y is summed in twelve AVX
// registers, one broadcast input and two weight loads per k. Measured on an AMD EPYC (Zen 3,
// AVX2, no AVX-512; one thread, whose FMA units peak at 96 GFLOP/s in a register-only loop), in
// GFLOP/s against oneDNN's matmul on its own weight layout:
//   50 x 512 x 2560: 87-94 against 55-61;  50 x 512 x 2048: 79-90 against 40-42;
//   250 x 512 x 2560: 88-90 against 62-64; 50 x 256 x 8000: 82-86 against 86-89;
// and through PackedLinear on two threads (the panels split between them, parallel_chunks):
// 185-192 against 110-125 at 80 x 512 x 1536, 80 x 1536 x 512, 80 x 512 x 512 and 50 x 512 x 2560,
// 185-192 against 76-89 at 80 x 512 x 2048 and 50 x 512 x 2048; at K = 256, 174-192 against
// 116-178 (80 x 256 x 768, 80 x 256 x 1536, 50 x 256 x 1280, 50 and 250 x 256 x 8000), and 161-168
// against 153-154 at 80 x 768 x 256; on one thread 81-96 against 67-90 at those. PackedLinear uses it
// where K >= 256.
//
// Each y[m][n] is b[n] + x[m][0] W[n][0] + x[m][1] W[n][1] + ... in this order, one fused
// multiply-add per term, whatever the number of rows, the block a row falls in or the threads: a
// row's result does not depend on the other rows.

#include <cstdint>

namespace rnnsearch::panel_gemm {

constexpr int64_t kPanelWidth = 16;

// Whether this CPU runs the kernel (x86-64 with AVX2 and FMA, enabled by the OS).
bool available();

// Floats in the packed form of a [n, k] weight (the last panel padded with zeros).
int64_t packed_floats(int64_t n, int64_t k);

// W [n, k] row-major -> `panels` (packed_floats(n, k) floats).
void pack(const float* w, int64_t n, int64_t k, float* panels);

// y[i][j] = bias[j] + sum_k x[i][k] W[j][k] for i < m and the columns of panels [first, last)
// (j < n); x's rows `ldx` floats apart, y's `ldy`; bias may be null (zero). Needs available().
void multiply(const float* x, int64_t m, int64_t k, int64_t ldx, const float* panels, const float* bias, int64_t n,
              float* y, int64_t ldy, int64_t first, int64_t last);

}  // namespace rnnsearch::panel_gemm
