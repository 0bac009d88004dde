#include "rnnsearch/model/panel_gemm.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>
#define RNNSEARCH_PANEL_KERNEL 1
#endif

namespace rnnsearch::panel_gemm {

namespace {

#ifdef RNNSEARCH_PANEL_KERNEL
constexpr int64_t kRows = 6;  // rows of a block: 6 x 2 accumulators, 2 weight registers, 1 input

// AVX2 code, run after available() only: the namespace `avx2` tells Kernels.VectorCodeIsDispatched.
namespace avx2 {

// y[0..R) x [0..16) = bias + x[0..R) . panel, k = 0..K-1 in order.
template <int R>
__attribute__((target("avx2,fma"))) void block(int64_t k, const float* x, int64_t ldx, const float* panel,
                                               const float* bias, float* y, int64_t ldy) {
  __m256 acc[R][2];
  const __m256 b0 = _mm256_loadu_ps(bias), b1 = _mm256_loadu_ps(bias + 8);
  for (int r = 0; r < R; ++r) {
    acc[r][0] = b0;
    acc[r][1] = b1;
  }
  for (int64_t i = 0; i < k; ++i) {
    const __m256 w0 = _mm256_loadu_ps(panel + kPanelWidth * i), w1 = _mm256_loadu_ps(panel + kPanelWidth * i + 8);
    for (int r = 0; r < R; ++r) {
      const __m256 a = _mm256_broadcast_ss(x + r * ldx + i);
      acc[r][0] = _mm256_fmadd_ps(a, w0, acc[r][0]);
      acc[r][1] = _mm256_fmadd_ps(a, w1, acc[r][1]);
    }
  }
  for (int r = 0; r < R; ++r) {
    _mm256_storeu_ps(y + r * ldy, acc[r][0]);
    _mm256_storeu_ps(y + r * ldy + 8, acc[r][1]);
  }
}

}  // namespace avx2

using Block = void (*)(int64_t, const float*, int64_t, const float*, const float*, float*, int64_t);
constexpr Block kBlocks[kRows + 1] = {nullptr,        avx2::block<1>, avx2::block<2>, avx2::block<3>,
                                      avx2::block<4>, avx2::block<5>, avx2::block<6>};
#endif

}  // namespace

bool available() {
#ifdef RNNSEARCH_PANEL_KERNEL
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
  return false;
#endif
}

int64_t packed_floats(int64_t n, int64_t k) { return (n + kPanelWidth - 1) / kPanelWidth * kPanelWidth * k; }

void pack(const float* w, int64_t n, int64_t k, float* panels) {
  std::fill(panels, panels + packed_floats(n, k), 0.0f);
  for (int64_t j = 0; j < n; ++j) {
    float* panel = panels + j / kPanelWidth * kPanelWidth * k + j % kPanelWidth;
    for (int64_t i = 0; i < k; ++i) panel[i * kPanelWidth] = w[j * k + i];
  }
}

void multiply(const float* x, int64_t m, int64_t k, int64_t ldx, const float* panels, const float* bias, int64_t n,
              float* y, int64_t ldy, int64_t first, int64_t last) {
#ifdef RNNSEARCH_PANEL_KERNEL
  for (int64_t p = first; p < last; ++p) {
    const int64_t column = p * kPanelWidth, width = std::min(kPanelWidth, n - column);
    const float* panel = panels + column * k;
    // No bias, or a partial last panel's: zeros, the real part copied in. A partial panel's blocks
    // are summed aside and its real columns copied out.
    float padded_bias[kPanelWidth] = {};
    if (bias && width < kPanelWidth) std::copy(bias + column, bias + n, padded_bias);
    const float* b = bias && width == kPanelWidth ? bias + column : padded_bias;
    // Rows in ceil(m / 6) blocks of as even a size as can be (50 rows: five blocks of 6 and four
    // of 5, not eight of 6 and one of 2): a block of fewer rows loads more per multiply-add.
    const int64_t blocks = (m + kRows - 1) / kRows, base = m / blocks, larger = m % blocks;
    for (int64_t block = 0, row = 0; block < blocks; ++block) {
      const int64_t rows = base + (block < larger ? 1 : 0);
      const Block run = kBlocks[rows];
      if (width == kPanelWidth) {
        run(k, x + row * ldx, ldx, panel, b, y + row * ldy + column, ldy);
      } else {
        float aside[kRows * kPanelWidth];
        run(k, x + row * ldx, ldx, panel, b, aside, kPanelWidth);
        const auto bytes = sizeof(float) * static_cast<size_t>(width);
        for (int64_t r = 0; r < rows; ++r) std::memcpy(y + (row + r) * ldy + column, aside + r * kPanelWidth, bytes);
      }
      row += rows;
    }
  }
#else
  (void)x, (void)m, (void)k, (void)ldx, (void)panels, (void)bias, (void)n, (void)y, (void)ldy, (void)first, (void)last;
#endif
}

}  // namespace rnnsearch::panel_gemm
