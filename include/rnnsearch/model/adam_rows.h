#pragma once

// Adam's update over contiguous values, without LibTorch (src/model/adam_rows.cpp is compiled with
// -fno-math-errno, which lets its square roots vectorise; the precompiled LibTorch header of the
// other files fixes math-errno on for them).

#include <cstdint>

namespace rnnsearch {

// One Adam step's coefficients: rate = lr / (1 - beta1^t), correction2 = 1 - beta2^t.
struct AdamStep {
  double rate, beta1, beta2, correction2, epsilon, weight_decay;
};

// For i < n: g' = g + weight_decay p, m = beta1 m + (1 - beta1) g', v = beta2 v + (1 - beta2) g'^2,
// p -= rate m / (sqrt(v / correction2) + epsilon). The arrays must not overlap.
void adam_rows(float* p, const float* g, float* m, float* v, int64_t n, const AdamStep& step);
void adam_rows(double* p, const double* g, double* m, double* v, int64_t n, const AdamStep& step);

}  // namespace rnnsearch
