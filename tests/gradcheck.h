// Finite-difference gradient checks (LibTorch's C++ API has no gradcheck).
#pragma once

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <functional>
#include <string>
#include <vector>

namespace rnnsearch::testing {

// Compares autograd's gradient of the scalar f() with respect to each input against central
// differences, on up to `max_elements` elements per input. Inputs must be float64 leaves with
// requires_grad; f must be deterministic (no dropout).
inline void expect_gradients_match(const std::function<torch::Tensor()>& f,
                                   const std::vector<std::pair<std::string, torch::Tensor>>& inputs,
                                   int64_t max_elements = 40, double eps = 1e-6, double tolerance = 1e-6) {
  std::vector<torch::Tensor> tensors;
  for (const auto& [name, t] : inputs) {
    ASSERT_EQ(t.scalar_type(), torch::kFloat64) << name;
    ASSERT_TRUE(t.requires_grad()) << name;
    tensors.push_back(t);
  }
  const auto analytic = torch::autograd::grad({f()}, tensors, {}, false, false, true);
  torch::NoGradGuard no_grad;
  for (std::size_t k = 0; k < inputs.size(); ++k) {
    const auto& [name, t] = inputs[k];
    auto flat = t.view(-1);
    const int64_t n = flat.numel();
    const int64_t stride = std::max<int64_t>(1, n / max_elements);
    for (int64_t i = 0; i < n; i += stride) {
      const double saved = flat[i].item<double>();
      flat[i] = saved + eps;
      const double plus = f().item<double>();
      flat[i] = saved - eps;
      const double minus = f().item<double>();
      flat[i] = saved;
      const double numeric = (plus - minus) / (2 * eps);
      const double exact = analytic[k].defined() ? analytic[k].reshape(-1)[i].item<double>() : 0.0;
      EXPECT_NEAR(exact, numeric, tolerance * std::max(1.0, std::abs(numeric))) << name << "[" << i << "]";
    }
  }
}

}  // namespace rnnsearch::testing
