#include "rnnsearch/model/adam_rows.h"

#include <cmath>

#include "rnnsearch/common/multiversion.h"

namespace rnnsearch {
namespace {

template <typename T>
RNNSEARCH_INLINE void adam_loop(T* __restrict p, const T* __restrict g, T* __restrict m, T* __restrict v,
                                int64_t n, const AdamStep& a) {
  // Coefficients rounded from double, as LibTorch's scalars are (1 - beta2 in float32 would be off
  // by 1e-5 of itself).
  const T b1 = static_cast<T>(a.beta1), b2 = static_cast<T>(a.beta2), c2 = static_cast<T>(a.correction2);
  const T rest1 = static_cast<T>(1 - a.beta1), rest2 = static_cast<T>(1 - a.beta2);
  const T rate = static_cast<T>(a.rate), eps = static_cast<T>(a.epsilon), decay = static_cast<T>(a.weight_decay);
  for (int64_t i = 0; i < n; ++i) {
    const T grad = g[i] + decay * p[i];
    m[i] = b1 * m[i] + rest1 * grad;
    v[i] = b2 * v[i] + rest2 * grad * grad;
    p[i] -= rate * m[i] / (std::sqrt(v[i] / c2) + eps);
  }
}

// The float32 loop in every version (common/multiversion.h).
RNNSEARCH_VERSIONS(void adam_float_rows(float* p, const float* g, float* m, float* v, int64_t n, const AdamStep& a), {
  adam_loop(p, g, m, v, n, a);
})

}  // namespace

void adam_rows(float* p, const float* g, float* m, float* v, int64_t n, const AdamStep& step) {
  adam_float_rows(p, g, m, v, n, step);
}

void adam_rows(double* p, const double* g, double* m, double* v, int64_t n, const AdamStep& step) {
  adam_loop(p, g, m, v, n, step);
}

}  // namespace rnnsearch
