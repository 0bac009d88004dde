#include "rnnsearch/model/kernels.h"

#include "rnnsearch/common/multiversion.h"
#include "rnnsearch/common/runtime.h"

#include "rnnsearch/model/packed_linear.h"
#include "rnnsearch/model/rnn_cell.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <type_traits>
#include <vector>

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>  // at::get_num_threads
#include <ATen/autocast_mode.h>
#include <c10/core/impl/LocalDispatchKeySet.h>
#include <c10/util/BFloat16.h>
#include <torch/version.h>

namespace rnnsearch {
namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// The loops take float32 and float64 CPU tensors of one type.
bool takes_loops(std::initializer_list<torch::Tensor> tensors) {
  const auto type = tensors.begin()->scalar_type();
  if (type != torch::kFloat && type != torch::kDouble) return false;
  return std::all_of(tensors.begin(), tensors.end(),
                     [&](const torch::Tensor& t) { return t.is_cpu() && t.scalar_type() == type; });
}

// The loops' rows are multiversioned (rnnsearch/common/multiversion.h).

// Inside the kernels' forward and backward passes nothing is cast to bfloat16 by autocast: they
// compute in the type of their inputs.
struct NoAutocast {
  c10::impl::ExcludeDispatchKeyGuard guard{c10::DispatchKey::AutocastCPU};
};

thread_local StepProducts* open_scope = nullptr;

// Eight partial sums: the compiler vectorises them without reassociating a single sum.
template <typename T>
RNNSEARCH_INLINE T dot(const T* x, const T* y, int64_t n) {
  T part[8] = {};
  int64_t i = 0;
  for (; i + 8 <= n; i += 8)
    for (int k = 0; k < 8; ++k) part[k] += x[i + k] * y[i + k];
  T sum = 0;
  for (int k = 0; k < 8; ++k) sum += part[k];
  for (; i < n; ++i) sum += x[i] * y[i];
  return sum;
}

template <typename T>
RNNSEARCH_INLINE void axpy(T a, const T* x, T* y, int64_t n) {
  for (int64_t i = 0; i < n; ++i) y[i] += a * x[i];
}

RNNSEARCH_INLINE float float_of_bits(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

RNNSEARCH_INLINE uint32_t bits_of(float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof bits);
  return bits;
}

// e^x for x in [-87, 88] (clamped there): x = n ln 2 + r with |r| <= ln(2) / 2 (Cody and Waite's
// two-part ln 2), e^r by its Taylor polynomial of degree 6 (truncation below 2e-7 relative), 2^n
// written into the exponent bits. Branch-free, so loops calling it are vectorised. n is read from
// the bits of n + 1.5 x 2^23 with unsigned arithmetic, never by converting a float to an integer
// (undefined for NaN): NaN in gives NaN out.
RNNSEARCH_INLINE float fast_exp(float x) {
  x = std::min(std::max(x, -87.0f), 88.0f);
  constexpr float kShift = 12582912.0f;  // 1.5 x 2^23: adding it rounds to an integer, kept in the low bits
  const float shifted = x * 1.44269504f + kShift;
  const float n = shifted - kShift;  // round(x / ln 2), in [-126, 127]
  const uint32_t n_bits = bits_of(shifted) - bits_of(kShift);  // n modulo 2^32
  const float r = (x - n * 0.693359375f) + n * 2.12194440e-4f;
  float p = 1.0f / 720;
  p = p * r + 1.0f / 120;
  p = p * r + 1.0f / 24;
  p = p * r + 1.0f / 6;
  p = p * r + 0.5f;
  p = p * r + 1.0f;
  p = p * r + 1.0f;
  return p * float_of_bits((n_bits + 127u) << 23);
}

// tanh x = sign(x) (1 - e) / (1 + e) with e = e^(-2|x|) in (0, 1]: no overflow; absolute error
// below 2e-7 (near 0 the difference 1 - e loses relative, not absolute, precision).
RNNSEARCH_INLINE float fast_tanh(float x) {
  const float e = fast_exp(-2.0f * std::fabs(x));
  return std::copysign((1.0f - e) / (1.0f + e), x);
}

// Sum with eight partial sums, as dot() does.
RNNSEARCH_INLINE float sum_of(const float* x, int64_t n) {
  float part[8] = {};
  int64_t i = 0;
  for (; i + 8 <= n; i += 8)
    for (int k = 0; k < 8; ++k) part[k] += x[i + k];
  float sum = 0;
  for (int k = 0; k < 8; ++k) sum += part[k];
  for (; i < n; ++i) sum += x[i];
  return sum;
}

RNNSEARCH_INLINE float max_of(const float* x, int64_t n) {
  float part[8];
  std::fill(part, part + 8, -std::numeric_limits<float>::infinity());
  int64_t i = 0;
  for (; i + 8 <= n; i += 8)
    for (int k = 0; k < 8; ++k) part[k] = std::max(part[k], x[i + k]);
  float m = -std::numeric_limits<float>::infinity();
  for (int k = 0; k < 8; ++k) m = std::max(m, part[k]);
  for (; i < n; ++i) m = std::max(m, x[i]);
  return m;
}

// The attention loops' rows: a template each, instantiated multiversioned for float32 and for the
// baseline alone for float64 (the gradient checks' type).

// t = tanh(k + q) and v . t for one row of `d` features (float32's tanh by fast_tanh).
RNNSEARCH_VERSIONS(float tanh_sum_row(const float* k, const float* q, const float* v, float* t, int64_t d), {
  for (int64_t a = 0; a < d; ++a) t[a] = fast_tanh(k[a] + q[a]);
  return dot(t, v, d);
})
double tanh_sum_row(const double* k, const double* q, const double* v, double* t, int64_t d) {
  for (int64_t a = 0; a < d; ++a) t[a] = std::tanh(k[a] + q[a]);
  return dot(t, v, d);
}

// out [d] += sum_s w[s] values[s] (values [positions, d]).
template <typename T>
RNNSEARCH_INLINE void weighted_row_of(const T* w, const T* values, T* out, int64_t positions, int64_t d) {
  for (int64_t s = 0; s < positions; ++s) axpy(w[s], values + s * d, out, d);
}
RNNSEARCH_VERSIONS(void weighted_row(const float* w, const float* values, float* out, int64_t positions, int64_t d), {
  weighted_row_of(w, values, out, positions, d);
})
void weighted_row(const double* w, const double* values, double* out, int64_t positions, int64_t d) {
  weighted_row_of(w, values, out, positions, d);
}

// out[s] = q . keys[s] (keys [positions, d]).
template <typename T>
RNNSEARCH_INLINE void dots_row_of(const T* q, const T* keys, T* out, int64_t positions, int64_t d) {
  for (int64_t s = 0; s < positions; ++s) out[s] = dot(q, keys + s * d, d);
}
RNNSEARCH_VERSIONS(void dots_row(const float* q, const float* keys, float* out, int64_t positions, int64_t d), {
  dots_row_of(q, keys, out, positions, d);
})
void dots_row(const double* q, const double* keys, double* out, int64_t positions, int64_t d) {
  dots_row_of(q, keys, out, positions, d);
}

// out [positions, d] += sum_r a[r, s] x[r] over one memory row's `group` query rows (a [group,
// positions], x [group, d]).
template <typename T>
RNNSEARCH_INLINE void outer_block_of(const T* a, const T* x, T* out, int64_t group, int64_t positions, int64_t d) {
  for (int64_t s = 0; s < positions; ++s)
    for (int64_t r = 0; r < group; ++r) axpy(a[r * positions + s], x + r * d, out + s * d, d);
}
RNNSEARCH_VERSIONS(void outer_block(const float* a, const float* x, float* out, int64_t group, int64_t positions,
    int64_t d), {
  outer_block_of(a, x, out, group, positions, d);
})
void outer_block(const double* a, const double* x, double* out, int64_t group, int64_t positions, int64_t d) {
  outer_block_of(a, x, out, group, positions, d);
}

// The additive score's backward pass for one memory row's `group` query rows (additive_backward).
template <typename T>
RNNSEARCH_INLINE void additive_block_of(const T* __restrict de, const T* __restrict t, const T* __restrict v,
                                        T* __restrict dk, T* __restrict dq, T* __restrict dv, int64_t group,
                                        int64_t positions, int64_t d) {
  for (int64_t r = 0; r < group; ++r) {
    T* dqr = dq + r * d;
    for (int64_t s = 0; s < positions; ++s) {
      const T e = de[r * positions + s];
      const T* tr = t + (r * positions + s) * d;
      T* dks = dk + s * d;
      for (int64_t a = 0; a < d; ++a) {
        const T u = e * v[a] * (1 - tr[a] * tr[a]);
        dqr[a] += u;
        dks[a] += u;
        dv[a] += e * tr[a];
      }
    }
  }
}
RNNSEARCH_VERSIONS(void additive_block(const float* de, const float* t, const float* v, float* dk, float* dq, float* dv,
    int64_t group, int64_t positions, int64_t d), {
  additive_block_of(de, t, v, dk, dq, dv, group, positions, d);
})
void additive_block(const double* de, const double* t, const double* v, double* dk, double* dq, double* dv,
                    int64_t group, int64_t positions, int64_t d) {
  additive_block_of(de, t, v, dk, dq, dv, group, positions, d);
}

// additive_block for one query row and one position, tanh(k + q) = 1 - 2 / (e^(2k) e^(2q) + 1)
// recomputed from the exponentials (key_exponentials) instead of read from the forward pass.
RNNSEARCH_VERSIONS(void additive_exps_row(float de, const float* __restrict ek, const float* __restrict eq,
    const float* __restrict v, float* __restrict dk, float* __restrict dq, float* __restrict dv, int64_t d), {
  for (int64_t a = 0; a < d; ++a) {
    const float t = 1.0f - 2.0f / (ek[a] * eq[a] + 1.0f);
    const float u = de * v[a] * (1 - t * t);
    dq[a] += u;
    dk[a] += u;
    dv[a] += de * t;
  }
})

struct Sizes {
  int64_t b, g, s, d;  // memory rows, query rows per memory row, positions, features
};

Sizes sizes_of(const torch::Tensor& rows_by_positions, const torch::Tensor& memory) {
  TORCH_CHECK(rows_by_positions.dim() == 2 && memory.dim() == 3, "attention kernels: ", rows_by_positions.sizes(),
              " and ", memory.sizes());
  const int64_t b = memory.size(0), r = rows_by_positions.size(0);
  TORCH_CHECK(b > 0 && r % b == 0, "attention kernels: ", r, " query rows for ", b, " memory rows");
  return {b, r / b, memory.size(1), memory.size(2)};
}

// out[r] = sum_s w[r, s] v[b(r), s]
torch::Tensor weighted_sum_loop(const torch::Tensor& weights, const torch::Tensor& values) {
  const Sizes n = sizes_of(weights, values);
  TORCH_CHECK(weights.size(1) == n.s, "weighted_sum: weights ", weights.sizes(), " for values ", values.sizes());
  const auto w = weights.contiguous(), v = values.contiguous();
  auto out = torch::zeros({n.b * n.g, n.d}, v.options());
  AT_DISPATCH_FLOATING_TYPES(v.scalar_type(), "weighted_sum", [&] {
    const scalar_t *wp = w.data_ptr<scalar_t>(), *vp = v.data_ptr<scalar_t>();
    scalar_t* op = out.data_ptr<scalar_t>();
    parallel_chunks(n.b * n.g, 1, [&](int64_t begin, int64_t end, int64_t) {
      for (int64_t r = begin; r < end; ++r) weighted_row(wp + r * n.s, vp + (r / n.g) * n.s * n.d, op + r * n.d, n.s, n.d);
    });
  });
  return out;
}

// out[r, s] = q[r] . k[b(r), s]
torch::Tensor row_dots_loop(const torch::Tensor& queries, const torch::Tensor& keys) {
  const Sizes n = sizes_of(queries, keys);
  TORCH_CHECK(queries.size(1) == n.d, "row_dots: queries ", queries.sizes(), " for keys ", keys.sizes());
  const auto q = queries.contiguous(), k = keys.contiguous();
  auto out = torch::empty({n.b * n.g, n.s}, k.options());
  AT_DISPATCH_FLOATING_TYPES(k.scalar_type(), "row_dots", [&] {
    const scalar_t *qp = q.data_ptr<scalar_t>(), *kp = k.data_ptr<scalar_t>();
    scalar_t* op = out.data_ptr<scalar_t>();
    parallel_chunks(n.b * n.g, 1, [&](int64_t begin, int64_t end, int64_t) {
      for (int64_t r = begin; r < end; ++r) dots_row(qp + r * n.d, kp + (r / n.g) * n.s * n.d, op + r * n.s, n.s, n.d);
    });
  });
  return out;
}

// out[b, s] = sum over b's query rows r of a[r, s] x[r]: [R, S], [R, D] -> [B, S, D]
// With `into` (an accumulator, contiguous) it adds to it and returns it.
torch::Tensor outer_sum_loop(const torch::Tensor& a, const torch::Tensor& x, int64_t memory_rows,
                             const torch::Tensor& into = {}) {
  const int64_t rows = a.size(0), s_len = a.size(1), d = x.size(1), g = rows / memory_rows;
  const auto ac = a.contiguous(), xc = x.contiguous();
  auto out = into.defined() ? into : torch::zeros({memory_rows, s_len, d}, xc.options());
  AT_DISPATCH_FLOATING_TYPES(xc.scalar_type(), "outer_sum", [&] {
    const scalar_t *ap = ac.data_ptr<scalar_t>(), *xp = xc.data_ptr<scalar_t>();
    scalar_t* op = out.data_ptr<scalar_t>();
    parallel_chunks(memory_rows, 1, [&](int64_t begin, int64_t end, int64_t) {
      for (int64_t b = begin; b < end; ++b) outer_block(ap + b * g * s_len, xp + b * g * d, op + b * s_len * d, g, s_len, d);
    });
  });
  return out;
}

// Custom functions take no undefined tensors: an absent bias, copy or accumulator travels as an
// empty tensor.
torch::Tensor or_empty(const torch::Tensor& t) { return t.defined() ? t : torch::empty({0}); }
torch::Tensor present(const torch::Tensor& t) { return t.numel() > 0 ? t : torch::Tensor(); }

struct WeightedSum : torch::autograd::Function<WeightedSum> {
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& weights, const torch::Tensor& values,
                               const torch::Tensor& sum) {
    ctx->save_for_backward({weights, values});
    ctx->saved_data["sum"] = sum;
    return weighted_sum_loop(weights, values);
  }
  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    NoAutocast no_autocast;
    const auto saved = ctx->get_saved_variables();
    const auto& grad = grads[0];
    // The values' gradient goes into the accumulator when there is one, else back to autograd.
    const auto sum = present(ctx->saved_data["sum"].toTensor());
    torch::Tensor dvalues;
    if (sum.defined())
      outer_sum_loop(saved[0], grad, saved[1].size(0), sum);
    else if (ctx->needs_input_grad(1))
      dvalues = outer_sum_loop(saved[0], grad, saved[1].size(0));
    return {ctx->needs_input_grad(0) ? row_dots_loop(grad, saved[1]) : torch::Tensor(), dvalues, torch::Tensor()};
  }
};

struct RowDots : torch::autograd::Function<RowDots> {
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& queries, const torch::Tensor& keys,
                               const torch::Tensor& sum) {
    ctx->save_for_backward({queries, keys});
    ctx->saved_data["sum"] = sum;
    return row_dots_loop(queries, keys);
  }
  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    NoAutocast no_autocast;
    const auto saved = ctx->get_saved_variables();
    const auto& grad = grads[0];
    const auto sum = present(ctx->saved_data["sum"].toTensor());  // as in WeightedSum
    torch::Tensor dkeys;
    if (sum.defined())
      outer_sum_loop(grad, saved[0], saved[1].size(0), sum);
    else if (ctx->needs_input_grad(1))
      dkeys = outer_sum_loop(grad, saved[0], saved[1].size(0));
    return {ctx->needs_input_grad(0) ? weighted_sum_loop(grad, saved[1]) : torch::Tensor(), dkeys, torch::Tensor()};
  }
};

// d scores [R, S] and the kept tanh t [R, S, A] -> d keys [B, S, A], d queries [R, A], d v [A],
// in one pass over t: with u = d scores[r, s] v (1 - t^2), d keys[b, s] = sum over b's rows of
// u, d queries[r] = sum_s u, d v = sum_{r, s} d scores[r, s] t[r, s] (a partial sum per thread).
template <typename T>
void additive_backward(const T* de, const T* t, const T* v, T* dk, T* dq, T* dv_parts, const Sizes& n) {
  parallel_chunks(n.b, 1, [&](int64_t begin, int64_t end, int64_t thread) {
    for (int64_t b = begin; b < end; ++b)
      additive_block(de + b * n.g * n.s, t + b * n.g * n.s * n.d, v, dk + b * n.s * n.d, dq + b * n.g * n.d,
                     dv_parts + thread * n.d, n.g, n.s, n.d);
  });
}

struct AdditiveScores : torch::autograd::Function<AdditiveScores> {
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& keys, const torch::Tensor& queries,
                               const torch::Tensor& v, const torch::Tensor& sum) {
    NoAutocast no_autocast;
    ctx->saved_data["sum"] = sum;
    const Sizes n = sizes_of(queries, keys);
    TORCH_CHECK(queries.size(1) == n.d && v.dim() == 1 && v.size(0) == n.d, "additive_scores: keys ", keys.sizes(),
                " queries ", queries.sizes(), " v ", v.sizes());
    // t [B, G, S, A] = tanh(keys + queries), kept for the backward pass, and the scores v . t, in
    // one pass (float32's tanh by fast_tanh).
    const auto k = keys.contiguous(), q = queries.contiguous(), vc = v.contiguous();
    auto t = torch::empty({n.b, n.g, n.s, n.d}, k.options());
    auto scores = torch::empty({n.b * n.g, n.s}, k.options());
    AT_DISPATCH_FLOATING_TYPES(t.scalar_type(), "additive_scores", [&] {
      const scalar_t *kp = k.data_ptr<scalar_t>(), *qp = q.data_ptr<scalar_t>(), *vp = vc.data_ptr<scalar_t>();
      scalar_t *tp = t.data_ptr<scalar_t>(), *sp = scores.data_ptr<scalar_t>();
      parallel_chunks(scores.numel(), 16, [&](int64_t begin, int64_t end, int64_t) {
        for (int64_t i = begin; i < end; ++i) {
          const int64_t r = i / n.s, s = i % n.s;
          sp[i] = tanh_sum_row(kp + ((r / n.g) * n.s + s) * n.d, qp + r * n.d, vp, tp + i * n.d, n.d);
        }
      });
    });
    ctx->save_for_backward({t, v});
    ctx->saved_data["memory_rows"] = n.b;
    return scores;
  }
  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    NoAutocast no_autocast;
    const auto saved = ctx->get_saved_variables();
    const auto &t = saved[0], &v = saved[1];
    const Sizes n{ctx->saved_data["memory_rows"].toInt(), t.size(1), t.size(2), t.size(3)};
    const auto de = grads[0].contiguous();
    const auto sum = present(ctx->saved_data["sum"].toTensor());
    auto dk = sum.defined() ? sum : torch::zeros({n.b, n.s, n.d}, t.options());
    auto dq = torch::zeros({n.b * n.g, n.d}, t.options());
    auto dv_parts = torch::zeros({at::get_num_threads(), n.d}, t.options());
    const auto vc = v.contiguous();
    AT_DISPATCH_FLOATING_TYPES(t.scalar_type(), "additive_scores_backward", [&] {
      additive_backward(de.data_ptr<scalar_t>(), t.data_ptr<scalar_t>(), vc.data_ptr<scalar_t>(), dk.data_ptr<scalar_t>(),
                        dq.data_ptr<scalar_t>(), dv_parts.data_ptr<scalar_t>(), n);
    });
    return {sum.defined() ? torch::Tensor() : dk, dq, dv_parts.sum(0), torch::Tensor()};
  }
};

// Passes the memory on unchanged; its backward, which autograd runs after every step that read
// the memory, hands on what they added to the accumulators plus any gradient that came by
// autograd (other readers of the memory), and clears the accumulators for the next pass.
struct MemorySink : torch::autograd::Function<MemorySink> {
  static variable_list forward(AutogradContext* ctx, const torch::Tensor& values, const torch::Tensor& keys,
                               const torch::Tensor& values_sum, const torch::Tensor& keys_sum) {
    ctx->saved_data["values_sum"] = values_sum;
    ctx->saved_data["keys_sum"] = keys_sum;
    ctx->set_materialize_grads(false);
    if (keys.numel() == 0) return {values.clone()};
    return {values.clone(), keys.clone()};
  }
  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    auto hand_on = [&](const char* name, std::size_t i) {
      const auto sum = present(ctx->saved_data[name].toTensor());
      if (!sum.defined()) return torch::Tensor();
      auto out = sum.clone();
      if (i < grads.size() && grads[i].defined()) out.add_(grads[i]);
      sum.zero_();
      return out;
    };
    return {hand_on("values_sum", 0), hand_on("keys_sum", 1), torch::Tensor(), torch::Tensor()};
  }
};

// A 32-bit integer hash with good avalanche (two multiply-xorshift rounds).
RNNSEARCH_INLINE uint32_t mix32(uint32_t x) {
  x ^= x >> 16;
  x *= 0x7feb352dU;
  x ^= x >> 15;
  x *= 0x846ca68bU;
  x ^= x >> 16;
  return x;
}

// Elements [begin, end) of a dropout mask: scale where the element's hash keeps it, else 0. The
// float32 row is multiversioned (the hash's 32-bit products need SSE4.1 or later to vectorise).
template <typename T>
RNNSEARCH_INLINE void dropout_mask_of(T* out, int64_t begin, int64_t end, uint32_t seed_lo, uint32_t seed_hi,
                                      uint32_t threshold, T scale) {
  for (int64_t i = begin; i < end; ++i) {
    const uint32_t h = mix32(mix32(static_cast<uint32_t>(i) ^ seed_lo) + seed_hi + static_cast<uint32_t>(i >> 32));
    out[i] = (h >> 8) < threshold ? scale : T(0);
  }
}
RNNSEARCH_VERSIONS(void dropout_mask_row(float* out, int64_t begin, int64_t end, uint32_t seed_lo, uint32_t seed_hi,
    uint32_t threshold, float scale), {
  dropout_mask_of(out, begin, end, seed_lo, seed_hi, threshold, scale);
})
RNNSEARCH_VERSIONS(void dropout_mask_row(uint16_t* out, int64_t begin, int64_t end, uint32_t seed_lo,
    uint32_t seed_hi, uint32_t threshold, uint16_t scale), {  // bfloat16's bits
  dropout_mask_of(out, begin, end, seed_lo, seed_hi, threshold, scale);
})
void dropout_mask_row(c10::BFloat16* out, int64_t begin, int64_t end, uint32_t seed_lo, uint32_t seed_hi,
                      uint32_t threshold, c10::BFloat16 scale) {
  dropout_mask_row(reinterpret_cast<uint16_t*>(out), begin, end, seed_lo, seed_hi, threshold, scale.x);
}
template <typename T>
void dropout_mask_row(T* out, int64_t begin, int64_t end, uint32_t seed_lo, uint32_t seed_hi, uint32_t threshold,
                      T scale) {
  dropout_mask_of(out, begin, end, seed_lo, seed_hi, threshold, scale);
}

}  // namespace

std::optional<torch::ScalarType> cpu_autocast_type() {
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
  if (!at::autocast::is_autocast_enabled(at::kCPU)) return std::nullopt;
  return at::autocast::get_autocast_dtype(at::kCPU);
#else
  if (!at::autocast::is_cpu_enabled()) return std::nullopt;
  return at::autocast::get_autocast_cpu_dtype();
#endif
}

namespace {
void set_cpu_bf16_autocast(bool enabled) {
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
  at::autocast::set_autocast_dtype(at::kCPU, at::kBFloat16);
  at::autocast::set_autocast_enabled(at::kCPU, enabled);
#else
  at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
  at::autocast::set_cpu_enabled(enabled);
#endif
}
}  // namespace

CpuBf16Autocast::CpuBf16Autocast(bool on) : on_(on) {
  if (on_) set_cpu_bf16_autocast(true);
}

CpuBf16Autocast::~CpuBf16Autocast() {
  if (!on_) return;
  set_cpu_bf16_autocast(false);
  at::autocast::clear_cache();
}

torch::Tensor in_autocast_type(const torch::Tensor& x) {
  const auto type = cpu_autocast_type();
  return type && x.is_cpu() && x.scalar_type() == torch::kFloat ? x.to(*type) : x;
}

namespace {

// The size a bfloat16 product's dimension is padded to: multiples of 8 below 128, of 16 below
// 512, of 64 above (at most 11%, 3% and 13% more work; weight sizes are usually multiples).
int64_t padded_size(int64_t n) {
  const int64_t g = n < 128 ? 8 : n < 512 ? 16 : 64;
  return (n + g - 1) / g * g;
}

// Whether training's float32 products run on oneDNN's matmul (onednn_product) rather than
// LibTorch's torch::mm (OpenBLAS).
bool float_products_on_onednn() {
  static const bool avx512 = cpu_has_bf16_kernels();
  return avx512 && !switched_off("RNNSEARCH_ONEDNN_FLOAT");  // read at each call: bench --compare
}

// Whether training's bfloat16 products run on oneDNN's matmul (onednn_product: no padding, rows and
// depth at run time) rather than padded through torch::mm: on CPUs with AVX512-BF16 and no AMX,
// where it measured faster at training's shapes (docs/performance.md, twenty-sixth run); AMX,
// not measured with it, keeps the padded form tuned there. RNNSEARCH_ONEDNN_BF16=0 keeps the
// padded form everywhere, for comparison.
bool bf16_products_on_onednn() {
  static const bool avx512_bf16 = cpu_has_native_bf16() && !cpu_has_amx_bf16();
  return avx512_bf16 && !switched_off("RNNSEARCH_ONEDNN_BF16");
}

// t [r, c] in the top-left corner of a zero [rows, cols] matrix (t itself when the sizes agree).
torch::Tensor zero_padded(const torch::Tensor& t, int64_t rows, int64_t cols) {
  if (t.size(0) == rows && t.size(1) == cols) return t;
  // A transposed view (a weight gradient's dy^T) is padded as its contiguous self: rows copied
  // whole instead of read across, and the padded matrix in the same layout.
  if (t.size(0) > 1 && t.stride(0) == 1 && t.stride(1) == t.size(0)) return zero_padded(t.t(), cols, rows).t();
  auto out = torch::empty({rows, cols}, t.options());
  out.narrow(0, 0, t.size(0)).narrow(1, 0, t.size(1)).copy_(t);
  if (cols > t.size(1)) out.narrow(0, 0, t.size(0)).narrow(1, t.size(1), cols - t.size(1)).zero_();
  if (rows > t.size(0)) out.narrow(0, t.size(0), rows - t.size(0)).zero_();
  return out;
}

}  // namespace

torch::Tensor product(const torch::Tensor& a, const torch::Tensor& b, ProductForm form) {
  if (float_products_on_onednn() && a.scalar_type() == torch::kFloat && b.scalar_type() == torch::kFloat)
    if (auto c = onednn_product(a, b); c.defined()) return c;
  if (a.scalar_type() != torch::kBFloat16 || !a.is_cpu() || a.dim() != 2 || b.dim() != 2) return a.mm(b);
  // No bfloat16 kernels (an AVX2-only CPU): the same values multiplied and summed in float32.
  if (!cpu_has_bf16_kernels()) return a.to(torch::kFloat).mm(b.to(torch::kFloat)).to(torch::kBFloat16);
  if (bf16_products_on_onednn() && b.scalar_type() == torch::kBFloat16 && form == ProductForm::automatic)
    if (auto c = onednn_product(a, b); c.defined()) return c;
  const int64_t m = a.size(0), k = a.size(1), n = b.size(1);
  const int64_t pm = padded_size(m), pk = padded_size(k), pn = padded_size(n);
  const auto pa = zero_padded(a, pm, pk), pb = zero_padded(b, pk, pn);
  const bool transposed =
      form == ProductForm::transposed || (form == ProductForm::automatic && pn < pm && cpu_has_amx_bf16());
  auto c = transposed ? pb.t().mm(pa.t()).t() : pa.mm(pb);
  if (pm != m) c = c.narrow(0, 0, m);
  if (pn != n) c = c.narrow(1, 0, n);
  return c;
}

namespace {

// A weight's gradient in the weight's type, contiguous: autograd then hands it to the parameter
// as it is (a transposed one, as `product` can make, it would copy).
torch::Tensor weight_gradient(const torch::Tensor& dw, at::ScalarType type) {
  return dw.to(type, /*non_blocking=*/false, /*copy=*/false, torch::MemoryFormat::Contiguous);
}

// a b, the product behind a weight's gradient: in float32 straight from oneDNN's accumulators
// where bfloat16 products run there and the weight is float32 (no rounding to bfloat16, no pass
// converting back), else `product`'s (weight_gradient then converts it).
torch::Tensor gradient_product(const torch::Tensor& a, const torch::Tensor& b, at::ScalarType weight_type) {
  if (weight_type == torch::kFloat && a.scalar_type() == torch::kBFloat16 && b.scalar_type() == torch::kBFloat16 &&
      bf16_products_on_onednn())
    if (auto c = onednn_product(a, b, torch::kFloat); c.defined()) return c;
  return product(a, b);
}

torch::Tensor bias_gradient(const torch::Tensor& dy, at::ScalarType type);  // below

// linear through `product`, in bfloat16: x 2-D and in bfloat16, the weight and bias in bfloat16
// or float32 (cast here, their gradients returned in their own types).
struct ProductLinear : torch::autograd::Function<ProductLinear> {
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& weight,
                               const torch::Tensor& bias) {
    NoAutocast no_autocast;
    const auto w = weight.to(x.scalar_type());
    ctx->save_for_backward({x, w});
    ctx->saved_data["weight_type"] = weight.scalar_type();
    ctx->saved_data["bias_type"] = bias.scalar_type();
    ctx->saved_data["bias"] = bias.numel() > 0;
    auto y = product(x, w.t()).contiguous();
    if (bias.numel() > 0) y.add_(bias.to(x.scalar_type()));
    return y;
  }
  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    NoAutocast no_autocast;
    const auto saved = ctx->get_saved_variables();
    const auto& x = saved[0];
    const auto& w = saved[1];
    const auto dy = grads[0].to(x.scalar_type());
    torch::Tensor dx, dw, db;
    if (ctx->needs_input_grad(0)) dx = product(dy, w);
    const auto weight_type = ctx->saved_data["weight_type"].toScalarType();
    if (ctx->needs_input_grad(1)) dw = weight_gradient(gradient_product(dy.t(), x, weight_type), weight_type);
    if (ctx->needs_input_grad(2) && ctx->saved_data["bias"].toBool())
      db = bias_gradient(dy, ctx->saved_data["bias_type"].toScalarType());
    return {dx, dw, db};
  }
};

}  // namespace

namespace {

// Whether x W^T runs as a bfloat16 product through `product` (linear's comment in kernels.h).
bool bf16_product(const torch::Tensor& x, const torch::Tensor& weight) {
  const auto low = cpu_autocast_type();
  // Autocast casts float32 (not float64) tensors.
  auto castable = [](const torch::Tensor& t) {
    return t.scalar_type() == torch::kFloat || t.scalar_type() == torch::kBFloat16;
  };
  return x.is_cpu() && weight.is_cpu() && x.dim() >= 2 && weight.dim() == 2 &&
         ((low && *low == torch::kBFloat16 && castable(x) && castable(weight)) ||
          (x.scalar_type() == torch::kBFloat16 && weight.scalar_type() == torch::kBFloat16));
}

// Whether x W^T is a float32 product of training that `product` runs on oneDNN.
bool float_training_product(const torch::Tensor& x, const torch::Tensor& weight) {
  return float_products_on_onednn() && torch::GradMode::is_enabled() && (x.requires_grad() || weight.requires_grad()) &&
         x.is_cpu() && weight.is_cpu() && x.dim() >= 2 && weight.dim() == 2 && x.scalar_type() == torch::kFloat &&
         weight.scalar_type() == torch::kFloat && !cpu_autocast_type();
}

std::vector<int64_t> with_last(torch::IntArrayRef sizes, int64_t last) {
  auto shape = sizes.vec();
  shape.back() = last;
  return shape;
}

}  // namespace

torch::Tensor linear(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) {
  if (!bf16_product(x, weight) && !float_training_product(x, weight)) return torch::nn::functional::linear(x, weight, bias);
  const auto flat = in_autocast_type(x).reshape({-1, x.size(-1)});
  return ProductLinear::apply(flat, weight, or_empty(bias)).view(with_last(x.sizes(), weight.size(0)));
}

torch::Tensor linear_sum(const std::vector<torch::Tensor>& xs, const std::vector<torch::Tensor>& weights,
                         const torch::Tensor& bias) {
  TORCH_CHECK(!xs.empty() && xs.size() == weights.size(), "linear_sum: ", xs.size(), " inputs for ", weights.size(),
              " weights");
  // Joining copies the weights (P x sum K_i) as well as the inputs: worth it over many rows (a
  // training pass over all target positions), not in a search step over a few hypotheses.
  const int64_t rows = xs[0].numel() / std::max<int64_t>(1, xs[0].size(-1));
  bool low = rows >= weights[0].size(0), same = low;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    low = low && xs[i].dim() == xs[0].dim() && bf16_product(xs[i], weights[i]);
    same = same && xs[i].dim() == xs[0].dim() && xs[i].device() == xs[0].device() &&
           xs[i].scalar_type() == xs[0].scalar_type() && weights[i].scalar_type() == xs[0].scalar_type();
  }
  // Joined side by side, the inputs [N, K_1 + K_2 + ...] times the weights [P, K_1 + K_2 + ...]:
  // one product forward and two backward instead of so many per input, and no additions.
  if (low) {
    std::vector<torch::Tensor> flat;
    for (const auto& x : xs) flat.push_back(in_autocast_type(x).reshape({-1, x.size(-1)}));
    return ProductLinear::apply(torch::cat(flat, 1), torch::cat(weights, 1), or_empty(bias))
        .view(with_last(xs[0].sizes(), weights[0].size(0)));
  }
  if (same) return linear(torch::cat(xs, -1), torch::cat(weights, 1), bias);
  auto y = linear(xs[0], weights[0], bias);
  for (std::size_t i = 1; i < xs.size(); ++i) y = y + linear(xs[i], weights[i], torch::Tensor());
  return y;
}

torch::Tensor linear(const torch::nn::Linear& module, const torch::Tensor& x) {
  return linear(x, module->weight, module->bias);
}

// What a scope keeps for one weight: the inputs and output gradients of every step, and the
// weight and bias as the steps see them (the outputs of WeightSink, so that its backward runs
// after all of theirs); under autocast also their low-precision copies, made once.
struct StepProducts::Weight {
  // [steps, R, in], [steps, R, out] (under autocast in the autocast type); zero where no step wrote
  torch::Tensor inputs, grads;
  torch::Tensor weight, bias;               // WeightSink's outputs
  torch::Tensor low_weight, low_bias;       // in the autocast type where not packed, or undefined
  torch::Tensor packed_forward, packed_backward;  // see packed_products; or undefined
  int64_t used = 0;                         // steps so far
};

namespace {

// A PackedLinear owned by a tensor (its storage's deleter deletes it), so that autograd's saved
// data carries it to the backward pass; the tensor's one byte is never read.
torch::Tensor holding(PackedLinear packed) {
  auto* owner = new PackedLinear(std::move(packed));
  return torch::from_blob(
      owner, {1}, [](void* p) { delete static_cast<PackedLinear*>(p); }, torch::TensorOptions().dtype(torch::kUInt8));
}

const PackedLinear& held(const torch::Tensor& handle) { return *static_cast<const PackedLinear*>(handle.data_ptr()); }

// Step products through oneDNN with the weight packed once per pass: x W^T + b forward and dy W
// backward, in `type` (float32, or bfloat16 under autocast), the result in float32. Float32,
// measured on an Intel Xeon with AMX (2 threads, 70 rows, LibTorch 1.13's OpenBLAS against oneDNN
// 2.6): 74-98 GFLOP/s with torch::mm, 126-155 packed, at the shapes 70 x 512 x 1536,
// 70 x 1536 x 512, 70 x 512 x 512, 70 x 256 x 768 and 70 x 768 x 256; packing costs about half a
// product and is made once for all the pass's steps. bfloat16, on an AMD EPYC with AVX512-BF16
// (2 threads, 64-100 rows): `product` (torch::mm) 329-401 GFLOP/s, packed with the result cast
// back to bfloat16 372-426, at M x 512 x 1536, M x 1536 x 512 and M x 512 x 512; over whole
// updates of the Multi30k config 3-4% faster on pooled means, within the host's run-to-run
// spread, and 6% less peak memory. (On the AMX machine the packed bfloat16 products had not been
// faster than torch::mm's at these shapes; not measured there since.) Without oneDNN's headers
// at build time: {} and torch::mm.
std::pair<torch::Tensor, torch::Tensor> packed_products(const torch::Tensor& weight, const torch::Tensor& bias,
                                                        torch::ScalarType type) {
  torch::NoGradGuard no_grad;
  PackedLinear forward(weight, bias, type);
  if (!forward.packed()) return {};
  return {holding(std::move(forward)), holding(PackedLinear(weight.t(), {}, type))};
}


// Passes the weight and bias on unchanged; its backward, which autograd runs after that of every
// step that used them, computes their gradients from the buffers the steps filled.
// inputs [N, in] and grads [N, out] hold the steps' rows (and possibly rows of zeros after them),
// in the steps' products' type.
struct WeightSink : torch::autograd::Function<WeightSink> {
  static variable_list forward(AutogradContext* ctx, const torch::Tensor& weight, const torch::Tensor& bias,
                               const torch::Tensor& inputs, const torch::Tensor& grads) {
    ctx->saved_data["weight_type"] = weight.scalar_type();
    ctx->saved_data["inputs"] = inputs;
    ctx->saved_data["grads"] = grads;
    ctx->saved_data["bias"] = bias.numel() > 0;
    ctx->set_materialize_grads(false);
    if (bias.numel() == 0) return {weight.clone()};
    return {weight.clone(), bias.clone()};
  }
  static variable_list backward(AutogradContext* ctx, variable_list) {
    NoAutocast no_autocast;
    const auto inputs = ctx->saved_data["inputs"].toTensor(), grads = ctx->saved_data["grads"].toTensor();
    // The product of the steps' own operands (their bfloat16 under autocast, as autocast would
    // have made each step's weight gradient; its sums in float32 where gradient_product takes
    // oneDNN's float32 result), the sum of the bias gradient in the weight's type.
    const auto type = ctx->saved_data["weight_type"].toScalarType();
    const auto dw = weight_gradient(gradient_product(grads.t(), inputs, type), type);
    const auto db = ctx->saved_data["bias"].toBool() ? bias_gradient(grads, type) : torch::Tensor();
    return {dw, db, torch::Tensor(), torch::Tensor()};
  }
};

// One step's product; its backward leaves the output gradient in the buffer and returns only the
// input's gradient.
struct StepProduct : torch::autograd::Function<StepProduct> {
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& weight,
                               const torch::Tensor& bias, const torch::Tensor& low_weight, const torch::Tensor& low_bias,
                               const torch::Tensor& packed_forward, const torch::Tensor& packed_backward,
                               const torch::Tensor& inputs, const torch::Tensor& grads, int64_t step) {
    NoAutocast no_autocast;
    // Under autocast the buffer is in the product's type: the copy is the step's one conversion.
    const auto kept = inputs.select(0, step);
    kept.copy_(x);
    ctx->saved_data["grads"] = grads;
    ctx->saved_data["step"] = step;
    ctx->set_materialize_grads(false);
    if (packed_forward.numel() > 0) {
      ctx->saved_data["packed"] = packed_backward;
      // The input as the buffer holds it (under autocast rounded to its type), the result in that
      // type (the packed product's is float32).
      const auto y = held(packed_forward)(kept);
      return kept.scalar_type() == y.scalar_type() ? y : y.to(kept.scalar_type());
    }
    // Under autocast the product runs in its type, as autocast would have run it.
    const bool low = low_weight.numel() > 0;
    const auto& w = low ? low_weight : weight;
    ctx->saved_data["weight"] = w.detach();
    const auto& input = low ? kept : x;
    const auto& b = low ? low_bias : bias;
    if (w.scalar_type() != torch::kBFloat16) return b.numel() > 0 ? torch::addmm(b, input, w.t()) : torch::mm(input, w.t());
    auto y = product(input, w.t()).contiguous();
    return b.numel() > 0 ? y.add_(b) : y;
  }
  static variable_list backward(AutogradContext* ctx, variable_list grad_outputs) {
    NoAutocast no_autocast;
    const auto& dy = grad_outputs[0];
    torch::Tensor dx;
    if (dy.defined()) {
      ctx->saved_data["grads"].toTensor().select(0, ctx->saved_data["step"].toInt()).copy_(dy);
      if (ctx->saved_data.count("packed") > 0) {
        dx = held(ctx->saved_data["packed"].toTensor())(dy);  // float32 (autograd casts it to x's type)
      } else {
        const auto w = ctx->saved_data["weight"].toTensor();
        dx = product(dy.to(w.scalar_type()), w);
      }
    }
    variable_list out(10);
    out[0] = dx;
    return out;
  }
};

}  // namespace

StepProducts::StepProducts(int64_t steps) : steps_(steps), outer_(open_scope) { open_scope = this; }

StepProducts::~StepProducts() { open_scope = outer_; }

torch::Tensor step_linear(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) {
  StepProducts* scope = open_scope;
  if (scope == nullptr || !torch::GradMode::is_enabled()) return torch::nn::functional::linear(x, weight, bias);
  // x in the weight's type, or in the autocast type (a state that bfloat16 products made)
  const auto low = cpu_autocast_type();
  const bool x_type = x.scalar_type() == weight.scalar_type() || (low && x.scalar_type() == *low);
  const bool takes = weight.requires_grad() && x.dim() == 2 &&
                     weight.dim() == 2 && x.is_cpu() && x_type && takes_loops({weight}) &&
                     (!bias.defined() || takes_loops({bias, weight}));
  if (!takes) return torch::nn::functional::linear(x, weight, bias);
  auto& slot = scope->weights_[weight.unsafeGetTensorImpl()];
  if (!slot) {
    slot = std::make_shared<StepProducts::Weight>();
    StepProducts::Weight& w = *slot;
    // Under autocast the buffers have rows of zeros after the steps' up to the size `product`
    // pads to, so that WeightSink's product reads them as they stand.
    const int64_t rows = scope->steps_ * x.size(0);
    const auto options = low ? weight.options().dtype(*low) : weight.options();
    const auto all_inputs = torch::zeros({low ? padded_size(rows) : rows, weight.size(1)}, options);
    const auto all_grads = torch::zeros({all_inputs.size(0), weight.size(0)}, options);
    w.inputs = all_inputs.narrow(0, 0, rows).view({scope->steps_, x.size(0), weight.size(1)});
    w.grads = all_grads.narrow(0, 0, rows).view({scope->steps_, x.size(0), weight.size(0)});
    const auto passed = WeightSink::apply(weight, or_empty(bias), all_inputs, all_grads);
    w.weight = passed[0];
    if (bias.defined()) w.bias = passed[1];
    // Packed where oneDNN has kernels for the product's type (float32, or bfloat16 under autocast
    // on a CPU with bfloat16 kernels); else, under autocast, the weight and bias in its type.
    if (low ? *low == torch::kBFloat16 && cpu_has_bf16_kernels() : weight.scalar_type() == torch::kFloat)
      std::tie(w.packed_forward, w.packed_backward) = packed_products(weight, bias, low ? *low : torch::kFloat);
    if (low && !w.packed_forward.defined()) {
      torch::NoGradGuard no_grad;
      w.low_weight = weight.to(*low);
      if (bias.defined()) w.low_bias = bias.to(*low);
    }
  }
  StepProducts::Weight& w = *slot;
  if (w.used >= scope->steps_ || x.size(0) != w.inputs.size(1)) return torch::nn::functional::linear(x, weight, bias);
  return StepProduct::apply(x, w.weight, or_empty(w.bias), or_empty(w.low_weight), or_empty(w.low_bias),
                            or_empty(w.packed_forward), or_empty(w.packed_backward), w.inputs, w.grads, w.used++);
}

torch::Tensor step_linear(const torch::nn::Linear& module, const torch::Tensor& x) {
  return step_linear(x, module->weight, module->bias);
}

namespace {

// inverted_dropout's mask for a CPU tensor of these sizes and type, 0 < p < 1: scale or 0.
torch::Tensor dropout_mask(torch::IntArrayRef sizes, const torch::TensorOptions& options, double p) {
  uint64_t seed = 0;
  {
    auto generator = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(generator.mutex());
    seed = generator.get<at::CPUGeneratorImpl>()->random64();
  }
  const auto seed_lo = static_cast<uint32_t>(seed), seed_hi = static_cast<uint32_t>(seed >> 32);
  // keep an element when its hash's top 24 bits, as a fraction of 2^24, fall below 1 - p
  const auto threshold = static_cast<uint32_t>(std::llround((1 - p) * 16777216.0));
  auto mask = torch::empty(sizes, options.memory_format(torch::MemoryFormat::Contiguous));
  AT_DISPATCH_FLOATING_TYPES_AND(torch::kBFloat16, mask.scalar_type(), "dropout_mask", [&] {
    const auto scale = static_cast<scalar_t>(1 / (1 - p));
    scalar_t* out = mask.data_ptr<scalar_t>();
    parallel_chunks(mask.numel(), 4096, [&](int64_t begin, int64_t end, int64_t) {
      dropout_mask_row(out, begin, end, seed_lo, seed_hi, threshold, scale);
    });
  });
  return mask;
}

// The larger of x[2i] and x[2i + 1] (NaN where either is), times mask[i] where there is a mask;
// second[i] says which. float32 rows, and bfloat16's as bits, the product rounded as LibTorch's.
template <typename T>
RNNSEARCH_INLINE float widened(T x) {
  if constexpr (std::is_same_v<T, uint16_t>)
    return float_of_bits(static_cast<uint32_t>(x) << 16);
  else
    return x;
}
template <typename T>
RNNSEARCH_INLINE T narrowed(float x) {
  if constexpr (std::is_same_v<T, uint16_t>)
    return c10::detail::round_to_nearest_even(x);
  else
    return x;
}
template <bool Masked, typename T>
RNNSEARCH_INLINE void maxout_loop(const T* __restrict x, const T* __restrict mask, T* __restrict out,
                                  uint8_t* __restrict second, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    const float a = widened(x[2 * i]), b = widened(x[2 * i + 1]);
    const bool pick = b > a || b != b;  // LibTorch's max: NaN wins, the first of equals
    const float m = a != a ? a : pick ? b : a;
    if constexpr (Masked)
      out[i] = narrowed<T>(m * widened(mask[i]));
    else
      out[i] = narrowed<T>(m);
    second[i] = pick && a == a ? 1 : 0;
  }
}
template <typename T>
RNNSEARCH_INLINE void maxout_row_of(const T* x, const T* mask, T* out, uint8_t* second, int64_t n) {
  if (mask != nullptr)
    maxout_loop<true>(x, mask, out, second, n);
  else
    maxout_loop<false>(x, mask, out, second, n);
}
RNNSEARCH_VERSIONS(void maxout_row(const float* x, const float* mask, float* out, uint8_t* second, int64_t n), {
  maxout_row_of(x, mask, out, second, n);
})
RNNSEARCH_VERSIONS(void maxout_row(const uint16_t* x, const uint16_t* mask, uint16_t* out, uint8_t* second,
    int64_t n), {
  maxout_row_of(x, mask, out, second, n);
})

// Its gradient: g[i] (times mask[i]) into the chosen element of each pair, 0 into the other.
template <bool Masked, typename T>
RNNSEARCH_INLINE void maxout_backward_loop(const T* __restrict g, const T* __restrict mask,
                                           const uint8_t* __restrict second, T* __restrict dx, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    T v = g[i];
    if constexpr (Masked) v = narrowed<T>(widened(v) * widened(mask[i]));
    dx[2 * i] = second[i] != 0 ? T(0) : v;
    dx[2 * i + 1] = second[i] != 0 ? v : T(0);
  }
}
template <typename T>
RNNSEARCH_INLINE void maxout_backward_row_of(const T* g, const T* mask, const uint8_t* second, T* dx, int64_t n) {
  if (mask != nullptr)
    maxout_backward_loop<true>(g, mask, second, dx, n);
  else
    maxout_backward_loop<false>(g, mask, second, dx, n);
}
RNNSEARCH_VERSIONS(void maxout_backward_row(const float* g, const float* mask, const uint8_t* second, float* dx,
    int64_t n), {
  maxout_backward_row_of(g, mask, second, dx, n);
})
RNNSEARCH_VERSIONS(void maxout_backward_row(const uint16_t* g, const uint16_t* mask, const uint8_t* second,
    uint16_t* dx, int64_t n), {
  maxout_backward_row_of(g, mask, second, dx, n);
})

// f(float()) for a float32 tensor, f(uint16_t()) for a bfloat16 one (the rows read its bits).
template <class F>
void as_row_type(const torch::Tensor& t, const F& f) {
  if (t.scalar_type() == torch::kBFloat16)
    f(uint16_t());
  else
    f(float());
}

// One pass each way over a pair's elements instead of LibTorch's max (a scalar loop in bfloat16,
// its indices in int64, a zero-filled gradient scattered into), dropout's product and theirs.
struct MaxoutDropout : torch::autograd::Function<MaxoutDropout> {
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& mask) {
    const int64_t n = x.numel() / 2;
    auto out_sizes = x.sizes().vec();
    out_sizes.back() /= 2;
    auto out = torch::empty(out_sizes, x.options());
    auto second = torch::empty(out_sizes, x.options().dtype(torch::kUInt8));
    uint8_t* sp = second.data_ptr<uint8_t>();
    as_row_type(x, [&](auto zero) {  // float32, or bfloat16 as its bits
      using T = decltype(zero);
      const T* xp = static_cast<const T*>(x.data_ptr());
      const T* mp = mask.numel() > 0 ? static_cast<const T*>(mask.data_ptr()) : nullptr;
      T* op = static_cast<T*>(out.data_ptr());
      parallel_chunks(n, 4096, [&](int64_t begin, int64_t end, int64_t) {
        maxout_row(xp + 2 * begin, mp != nullptr ? mp + begin : nullptr, op + begin, sp + begin, end - begin);
      });
    });
    ctx->saved_data["second"] = second;
    ctx->saved_data["mask"] = mask;
    ctx->saved_data["type"] = x.scalar_type();
    return out;
  }
  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    const auto second = ctx->saved_data["second"].toTensor(), mask = ctx->saved_data["mask"].toTensor();
    const auto g = grads[0].to(ctx->saved_data["type"].toScalarType()).contiguous();
    auto in_sizes = g.sizes().vec();
    in_sizes.back() *= 2;
    auto dx = torch::empty(in_sizes, g.options());
    const uint8_t* sp = second.data_ptr<uint8_t>();
    as_row_type(g, [&](auto zero) {
      using T = decltype(zero);
      const T* gp = static_cast<const T*>(g.data_ptr());
      const T* mp = mask.numel() > 0 ? static_cast<const T*>(mask.data_ptr()) : nullptr;
      T* dp = static_cast<T*>(dx.data_ptr());
      parallel_chunks(g.numel(), 4096, [&](int64_t begin, int64_t end, int64_t) {
        maxout_backward_row(gp + begin, mp != nullptr ? mp + begin : nullptr, sp + begin, dp + 2 * begin, end - begin);
      });
    });
    return {dx, torch::Tensor()};
  }
};

}  // namespace

torch::Tensor inverted_dropout(const torch::Tensor& x, double p, bool training) {
  if (!training || p <= 0) return x;
  if (!x.is_cpu() || p >= 1) return torch::dropout(x, p, training);
  return x * dropout_mask(x.sizes(), x.options(), p);
}

torch::Tensor maxout_dropout(const torch::Tensor& x, double p, bool training) {
  const bool dropped = training && p > 0;
  const bool loops = x.is_cpu() && x.dim() >= 1 && x.size(-1) % 2 == 0 && (!dropped || p < 1) &&
                     (x.scalar_type() == torch::kFloat || x.scalar_type() == torch::kBFloat16);
  if (!loops) {
    auto shape = x.sizes().vec();
    shape.back() /= 2;
    shape.push_back(2);
    return inverted_dropout(std::get<0>(x.reshape(shape).max(-1)), p, training);
  }
  auto out_sizes = x.sizes().vec();
  out_sizes.back() /= 2;
  const auto mask = dropped ? dropout_mask(out_sizes, x.options(), p) : torch::empty({0}, x.options());
  return MaxoutDropout::apply(x.contiguous(), mask);
}

torch::Tensor inverted_dropout(const torch::nn::Dropout& module, const torch::Tensor& x) {
  return inverted_dropout(x, module->options.p(), module->is_training());
}

namespace {

// Float32 CPU tensors, the search loops' type.
bool all_cpu_float(std::initializer_list<torch::Tensor> tensors) {
  return std::all_of(tensors.begin(), tensors.end(),
                     [](const torch::Tensor& t) { return t.is_cpu() && t.scalar_type() == torch::kFloat; });
}

// log sum_j e^x_j, by the maximum and eight partial sums of e^(x_j - max).
RNNSEARCH_INLINE float log_sum_exp(const float* x, int64_t v) {
  const float m = max_of(x, v);
  float part[8] = {};
  int64_t j = 0;
  for (; j + 8 <= v; j += 8)
    for (int k = 0; k < 8; ++k) part[k] += fast_exp(x[j + k] - m);
  float sum = 0;
  for (int k = 0; k < 8; ++k) sum += part[k];
  for (; j < v; ++j) sum += fast_exp(x[j] - m);
  return m + std::log(sum);
}

// o = log_softmax(o) in place.
RNNSEARCH_VERSIONS(void log_softmax_row(float* o, int64_t v), {
  const float log_z = log_sum_exp(o, v);
  for (int64_t j = 0; j < v; ++j) o[j] -= log_z;
})

// o = softmax(o) over the positions j with real[j], 0 at the others, in place.
RNNSEARCH_VERSIONS(void masked_softmax_row(float* o, const bool* real, int64_t s), {
  float m = -std::numeric_limits<float>::infinity();
  for (int64_t j = 0; j < s; ++j)
    if (real[j]) m = std::max(m, o[j]);
  float sum = 0;
  for (int64_t j = 0; j < s; ++j) {
    o[j] = real[j] ? fast_exp(o[j] - m) : 0.0f;
    sum += o[j];
  }
  const float scale = 1.0f / sum;
  for (int64_t j = 0; j < s; ++j) o[j] *= scale;
})

// One row of cross_entropy_rows: the logits `in` (float32, or bfloat16 bits with in_bits), each
// plus bias[j] where given, read into x [v] (float32; may be `in` itself). The row's gradient
// w (softmax - the smoothed one-hot) goes to `bits` as bfloat16 where given, else over x; `sum`,
// where given, gets it added. Three passes: the logits read with their maximum and plain sum;
// e^(x_j - max) kept in x and summed; the gradient from them (one exponential per logit).
// Returns {nll, -mean_j log p_j} (a plain struct: clang 14 left std::pair's constructor undefined
// in the multiversioned function's versions).
struct NllAndSmoothing {
  double nll, smoothing;
};
struct MaxAndSum {
  float max, sum;
};
// Logit j of logits_pass's row, stored into x[j] (a function, not a lambda: a lambda is not
// inlined into the multiversioned callers at every optimisation level, and its own code is the
// baseline's).
template <bool InBits, bool Bias>
RNNSEARCH_INLINE float read_logit(const void* in, const float* __restrict bias, float* x, int64_t j) {
  float value = InBits ? widened(static_cast<const uint16_t*>(in)[j]) : static_cast<const float*>(in)[j];
  if constexpr (Bias) value += bias[j];
  return x[j] = value;
}
template <bool InBits, bool Bias>
RNNSEARCH_INLINE MaxAndSum logits_pass(const void* in, const float* __restrict bias, float* x, int64_t v) {
  float top[16], part[16] = {};
  std::fill(top, top + 16, -std::numeric_limits<float>::infinity());
  int64_t j = 0;
  for (; j + 16 <= v; j += 16)
    for (int k = 0; k < 16; ++k) {
      const float value = read_logit<InBits, Bias>(in, bias, x, j + k);
      top[k] = std::max(top[k], value);
      part[k] += value;
    }
  MaxAndSum out{-std::numeric_limits<float>::infinity(), 0.0f};
  for (int k = 0; k < 16; ++k) {
    out.max = std::max(out.max, top[k]);
    out.sum += part[k];
  }
  for (; j < v; ++j) {
    const float value = read_logit<InBits, Bias>(in, bias, x, j);
    out.max = std::max(out.max, value);
    out.sum += value;
  }
  return out;
}
template <bool Sum, bool Bits>
RNNSEARCH_INLINE void softmax_gradient_pass(float* __restrict x, float* __restrict sum, uint16_t* __restrict bits,
                                            int64_t v, float scale, float off) {
  for (int64_t j = 0; j < v; ++j) {
    const float g = x[j] * scale - off;
    if constexpr (Sum) sum[j] += g;
    if constexpr (Bits)
      bits[j] = narrowed<uint16_t>(g);
    else
      x[j] = g;
  }
}
RNNSEARCH_VERSIONS(NllAndSmoothing cross_entropy_row(const void* in, bool in_bits, const float* bias, float* x,
                                                     int64_t v, int64_t target, float eps, float w, float* sum,
                                                     uint16_t* bits), {
  const MaxAndSum read = in_bits ? (bias != nullptr ? logits_pass<true, true>(in, bias, x, v)
                                                    : logits_pass<true, false>(in, bias, x, v))
                                 : (bias != nullptr ? logits_pass<false, true>(in, bias, x, v)
                                                    : logits_pass<false, false>(in, bias, x, v));
  const float m = read.max, x_target = x[target];
  float part[16] = {};
  int64_t j = 0;
  for (; j + 16 <= v; j += 16)
    for (int k = 0; k < 16; ++k) part[k] += x[j + k] = fast_exp(x[j + k] - m);
  float z = 0;
  for (int k = 0; k < 16; ++k) z += part[k];
  for (; j < v; ++j) z += x[j] = fast_exp(x[j] - m);
  const float log_z = m + std::log(z);
  const float scale = w / z, off = w * eps / static_cast<float>(v), e_target = x[target];
  if (sum != nullptr && bits != nullptr)
    softmax_gradient_pass<true, true>(x, sum, bits, v, scale, off);
  else if (sum != nullptr)
    softmax_gradient_pass<true, false>(x, sum, bits, v, scale, off);
  else if (bits != nullptr)
    softmax_gradient_pass<false, true>(x, sum, bits, v, scale, off);
  else
    softmax_gradient_pass<false, false>(x, sum, bits, v, scale, off);
  // The target's own term, its gradient recomputed whole so that it rounds once.
  const float g_target = e_target * scale - off + w * (eps - 1.0f);
  if (sum != nullptr) sum[target] += w * (eps - 1.0f);
  if (bits != nullptr)
    bits[target] = narrowed<uint16_t>(g_target);
  else
    x[target] = g_target;
  const double mean = static_cast<double>(read.sum) / static_cast<double>(v);
  return {static_cast<double>(log_z) - x_target, static_cast<double>(log_z) - mean};
})

// float32 -> bfloat16 bits, rounded as LibTorch rounds (to nearest even).
RNNSEARCH_VERSIONS(void bfloat16_row(const float* x, uint16_t* o, int64_t v), {
  for (int64_t j = 0; j < v; ++j) o[j] = c10::detail::round_to_nearest_even(x[j]);
})

RNNSEARCH_INLINE float fast_sigmoid(float a) { return 1.0f / (1.0f + fast_exp(-a)); }

// gru_step's rows. G: the gates' type (the projections x = W x_t + b_W and u = U h + b_U, each
// [3H]: r, z, n); S: the state's (float32 with float32 or bfloat16 gates, float64 with float64).
// With Keep (training) the forward pass keeps k = [r, z, n, u_n] per row for the backward pass.
RNNSEARCH_INLINE float to_state(float a) { return a; }
RNNSEARCH_INLINE float to_state(c10::BFloat16 a) { return static_cast<float>(a); }
RNNSEARCH_INLINE double to_state(double a) { return a; }
RNNSEARCH_INLINE float sigmoid_of(float a) { return fast_sigmoid(a); }
RNNSEARCH_INLINE double sigmoid_of(double a) { return 1 / (1 + std::exp(-a)); }
RNNSEARCH_INLINE float tanh_of(float a) { return fast_tanh(a); }
RNNSEARCH_INLINE double tanh_of(double a) { return std::tanh(a); }

template <bool Keep, typename G, typename S>
RNNSEARCH_INLINE void gru_forward_row(const G* __restrict x, const G* __restrict u, const S* __restrict h,
                                      S* __restrict h_next, S* __restrict k, int64_t hidden) {
  for (int64_t j = 0; j < hidden; ++j) {
    const S r = sigmoid_of(static_cast<S>(to_state(x[j]) + to_state(u[j])));
    const S z = sigmoid_of(static_cast<S>(to_state(x[hidden + j]) + to_state(u[hidden + j])));
    const S un = to_state(u[2 * hidden + j]);
    const S n = tanh_of(static_cast<S>(to_state(x[2 * hidden + j]) + r * un));
    h_next[j] = n + z * (h[j] - n);  // (1 - z) n + z h
    if constexpr (Keep) {
      k[j] = r;
      k[hidden + j] = z;
      k[2 * hidden + j] = n;
      k[3 * hidden + j] = un;
    }
  }
}

// One row of gru_readout_inference; u = by_state's row, x = by_input's row.
RNNSEARCH_VERSIONS(void gru_readout_row(const float* u, const float* x, const float* h, float* h_next, float* t,
    int64_t hidden, int64_t attention, int64_t pre, bool maxout), {
  gru_forward_row<false>(x, u, h, h_next, static_cast<float*>(nullptr), hidden);
  const float* us = u + 3 * hidden + attention;
  const float* xs = x + 3 * hidden;
  if (maxout) {
    for (int64_t m = 0; m < pre / 2; ++m) t[m] = std::max(us[2 * m] + xs[2 * m], us[2 * m + 1] + xs[2 * m + 1]);
  } else {
    for (int64_t m = 0; m < pre; ++m) t[m] = fast_tanh(us[m] + xs[m]);
  }
})

// A gradient in the gates' type. bfloat16 by its bits, rounded as c10::BFloat16(float) rounds:
// clang 14 left that constructor undefined when only multiversioned functions called it.
template <typename G, typename S>
RNNSEARCH_INLINE G to_gate(S a) {
  if constexpr (std::is_same_v<G, c10::BFloat16>) {
    G g;
    g.x = c10::detail::round_to_nearest_even(a);
    return g;
  } else {
    return static_cast<G>(a);
  }
}

// From dh' (g): dx = [dr~, dz~, dn~], du = [dr~, dz~, r dn~] (~: before the nonlinearity),
// dh = z g.
template <typename G, typename S>
RNNSEARCH_INLINE void gru_backward_row(const S* __restrict g, const S* __restrict h, const S* __restrict k,
                                       G* __restrict dx, G* __restrict du, S* __restrict dh, int64_t hidden) {
  const S *kr = k, *kz = k + hidden, *kn = k + 2 * hidden, *ku = k + 3 * hidden;
  for (int64_t j = 0; j < hidden; ++j) {
    const S r = kr[j], z = kz[j], n = kn[j];
    const S dn = g[j] * (1 - z) * (1 - n * n);
    const S dz = g[j] * (h[j] - n) * z * (1 - z);
    const S dr = dn * ku[j] * r * (1 - r);
    dx[j] = to_gate<G>(dr);
    dx[hidden + j] = to_gate<G>(dz);
    dx[2 * hidden + j] = to_gate<G>(dn);
    du[j] = to_gate<G>(dr);
    du[hidden + j] = to_gate<G>(dz);
    du[2 * hidden + j] = to_gate<G>(r * dn);
    dh[j] = z * g[j];
  }
}

// Without k (search: no backward pass will run) and with it (training). Apart, so that each
// version holds one loop (Kernels.VectorCodeIsDispatched finds each vectorised).
RNNSEARCH_VERSIONS(void gru_forward_rows(const float* x, const float* u, const float* h, float* h_next,
    int64_t hidden), {
  gru_forward_row<false>(x, u, h, h_next, static_cast<float*>(nullptr), hidden);
})
RNNSEARCH_VERSIONS(void gru_forward_rows(const c10::BFloat16* x, const c10::BFloat16* u, const float* h, float* h_next,
    int64_t hidden), {
  gru_forward_row<false>(x, u, h, h_next, static_cast<float*>(nullptr), hidden);
})
void gru_forward_rows(const double* x, const double* u, const double* h, double* h_next, int64_t hidden) {
  gru_forward_row<false>(x, u, h, h_next, static_cast<double*>(nullptr), hidden);
}
RNNSEARCH_VERSIONS(void gru_forward_kept_rows(const float* x, const float* u, const float* h, float* h_next, float* k,
    int64_t hidden), {
  gru_forward_row<true>(x, u, h, h_next, k, hidden);
})
RNNSEARCH_VERSIONS(void gru_forward_kept_rows(const c10::BFloat16* x, const c10::BFloat16* u, const float* h,
    float* h_next, float* k, int64_t hidden), {
  gru_forward_row<true>(x, u, h, h_next, k, hidden);
})
void gru_forward_kept_rows(const double* x, const double* u, const double* h, double* h_next, double* k,
                           int64_t hidden) {
  gru_forward_row<true>(x, u, h, h_next, k, hidden);
}
RNNSEARCH_VERSIONS(void gru_backward_rows(const float* g, const float* h, const float* k, float* dx, float* du,
    float* dh, int64_t hidden), {
  gru_backward_row(g, h, k, dx, du, dh, hidden);
})
RNNSEARCH_VERSIONS(void gru_backward_rows(const float* g, const float* h, const float* k, c10::BFloat16* dx,
    c10::BFloat16* du, float* dh, int64_t hidden), {
  gru_backward_row(g, h, k, dx, du, dh, hidden);
})
void gru_backward_rows(const double* g, const double* h, const double* k, double* dx, double* du, double* dh,
                       int64_t hidden) {
  gru_backward_row(g, h, k, dx, du, dh, hidden);
}

// decoder_recurrence's rows. Forward: the gates' input x + c (W E y + b_W and C c_i) summed into
// `in` ([3H] scratch), then the GRU row, kept. Backward: the gradient of the next state, a + b (b
// null: a alone), summed into `g` ([H] scratch), then the GRU row backward.
RNNSEARCH_VERSIONS(void decoder_gru_row(const float* x, const float* c, const float* u, const float* h, float* in,
    float* h_next, float* k, int64_t hidden), {
  for (int64_t j = 0; j < 3 * hidden; ++j) in[j] = x[j] + c[j];
  gru_forward_row<true>(in, u, h, h_next, k, hidden);
})
RNNSEARCH_VERSIONS(void decoder_gru_backward_row(const float* a, const float* b, const float* h, const float* k,
    float* g, float* dx, float* du, float* dh, int64_t hidden), {
  if (b != nullptr) {
    for (int64_t j = 0; j < hidden; ++j) g[j] = a[j] + b[j];
  } else {
    std::copy(a, a + hidden, g);
  }
  gru_backward_row(g, h, k, dx, du, dh, hidden);
})
// The softmax's backward pass over a row of s weights w (0 where masked) and their gradient dw:
// de_j = w_j (dw_j - sum_k w_k dw_k), written over dw.
RNNSEARCH_VERSIONS(void softmax_backward_row(const float* w, float* dw, int64_t s), {
  const float total = dot(w, dw, s);
  for (int64_t j = 0; j < s; ++j) dw[j] = w[j] * (dw[j] - total);
})

// Inserts (value, index) into the descending list values/indices of `filled` entries out of k;
// when full the last one drops out.
RNNSEARCH_INLINE void insert_top(float value, int64_t index, float* values, int64_t* indices, int64_t& filled,
                                 int64_t k) {
  int64_t at = filled < k ? filled++ : k - 1;
  for (; at > 0 && values[at - 1] < value; --at) {
    values[at] = values[at - 1];
    indices[at] = indices[at - 1];
  }
  values[at] = value;
  indices[at] = index;
}

// The row's k largest into values/indices (descending, equal values in index order).
RNNSEARCH_VERSIONS(void top_k_of_row(const float* x, int64_t n, int64_t k, float* values, int64_t* indices), {
  int64_t filled = 0;
  for (int64_t j = 0; j < k; ++j) insert_top(x[j], j, values, indices, filled, k);
  constexpr int64_t kBlock = 64;  // a block is read twice only when it holds a candidate
  for (int64_t start = k; start < n; start += kBlock) {
    const int64_t end = std::min(n, start + kBlock);
    if (!(max_of(x + start, end - start) > values[k - 1])) continue;
    for (int64_t j = start; j < end; ++j)
      if (x[j] > values[k - 1]) insert_top(x[j], j, values, indices, filled, k);
  }
})

}  // namespace

torch::Tensor additive_scores_inference(const torch::Tensor& keys, const torch::Tensor& queries, const torch::Tensor& v) {
  torch::NoGradGuard no_grad;
  if (!all_cpu_float({keys, queries, v})) return additive_scores(keys, queries, v);
  const Sizes n = sizes_of(queries, keys);
  TORCH_CHECK(queries.size(1) == n.d && v.dim() == 1 && v.size(0) == n.d, "additive_scores_inference: keys ",
              keys.sizes(), " queries ", queries.sizes(), " v ", v.sizes());
  const auto k = keys.contiguous(), q = queries.contiguous(), vc = v.contiguous();
  auto out = torch::empty({n.b * n.g, n.s}, k.options());
  const float *kp = k.data_ptr<float>(), *qp = q.data_ptr<float>(), *vp = vc.data_ptr<float>();
  float* op = out.data_ptr<float>();
  parallel_chunks(out.numel(), 16, [&](int64_t begin, int64_t end, int64_t) {
    std::vector<float> terms(static_cast<std::size_t>(n.d));
    float* t = terms.data();
    for (int64_t i = begin; i < end; ++i) {
      const int64_t r = i / n.s, s = i % n.s;
      op[i] = tanh_sum_row(kp + ((r / n.g) * n.s + s) * n.d, qp + r * n.d, vp, t, n.d);
    }
  });
  return out;
}

namespace {

// sum_a v[a] / (ek[a] eq[a] + 1) over one row of `d` features, with sixteen partial sums.
RNNSEARCH_VERSIONS(float reciprocal_sum_row(const float* ek, const float* eq, const float* v, int64_t d), {
  float part[16] = {};
  int64_t a = 0;
  for (; a + 16 <= d; a += 16)
    for (int k = 0; k < 16; ++k) part[k] += v[a + k] / (ek[a + k] * eq[a + k] + 1.0f);
  float sum = 0;
  for (int k = 0; k < 16; ++k) sum += part[k];
  for (; a < d; ++a) sum += v[a] / (ek[a] * eq[a] + 1.0f);
  return sum;
})

// e^(2x) of each of n elements, x first clamped to [-limit, limit].
RNNSEARCH_VERSIONS(void doubled_exps_row(const float* x, float* out, int64_t n, float limit), {
  for (int64_t i = 0; i < n; ++i) out[i] = fast_exp(2.0f * std::min(std::max(x[i], -limit), limit));
})

// max |x|, NaN when x holds a NaN (std::max drops NaN; x * 0 keeps it).
RNNSEARCH_VERSIONS(float max_abs_of(const float* x, int64_t n), {
  float part[8] = {}, nan[8] = {};
  int64_t i = 0;
  for (; i + 8 <= n; i += 8)
    for (int k = 0; k < 8; ++k) {
      part[k] = std::max(part[k], std::fabs(x[i + k]));
      nan[k] += x[i + k] * 0.0f;
    }
  float m = 0;
  for (int k = 0; k < 8; ++k) m = std::max(m, part[k]) + nan[k];
  for (; i < n; ++i) m = std::max(m, std::fabs(x[i])) + x[i] * 0.0f;
  return m;
})

// out [rows, D] += w [rows, S] times values [S, D], for the query rows of one memory row: each
// row's sum runs over the positions in order from 0 (as weighted_row's), in `sum` (d floats), and
// is then added to out. The rows in turn, each reading the values in order: the first row's read
// brings them into the cache for the others (holding a few features' sums in registers across
// the positions, each value read once for all rows, ran no faster in beam search).
RNNSEARCH_VERSIONS(void weighted_rows(const float* w, const float* values, float* out, float* sum, int64_t rows,
                                      int64_t positions, int64_t d), {
  for (int64_t r = 0; r < rows; ++r) {
    std::fill(sum, sum + d, 0.0f);
    weighted_row_of(w + r * positions, values, sum, positions, d);
    float* o = out + r * d;
    for (int64_t f = 0; f < d; ++f) o[f] += sum[f];
  }
})

}  // namespace

void bfloat16_bits(const float* x, uint16_t* out, int64_t n) { bfloat16_row(x, out, n); }

torch::Tensor weighted_sum_inference(const torch::Tensor& weights, const torch::Tensor& values, torch::Tensor into) {
  torch::NoGradGuard no_grad;
  const bool loops = all_cpu_float({weights, values}) &&
                     (!into.defined() || (into.is_contiguous() && into.scalar_type() == torch::kFloat));
  if (!loops) {
    const auto sum = weighted_sum(weights, values);
    return into.defined() ? into.add_(sum) : sum;
  }
  const Sizes n = sizes_of(weights, values);
  TORCH_CHECK(weights.size(1) == n.s && (!into.defined() || into.sizes() == torch::IntArrayRef{n.b * n.g, n.d}),
              "weighted_sum_inference: weights ", weights.sizes(), " for values ", values.sizes());
  const auto w = weights.contiguous(), v = values.contiguous();
  if (!into.defined()) into = torch::zeros({n.b * n.g, n.d}, v.options());
  const float *wp = w.data_ptr<float>(), *vp = v.data_ptr<float>();
  float* op = into.data_ptr<float>();
  parallel_chunks(n.b, 1, [&](int64_t begin, int64_t end, int64_t) {
    std::vector<float> sum(static_cast<std::size_t>(n.d));
    for (int64_t b = begin; b < end; ++b)
      weighted_rows(wp + b * n.g * n.s, vp + b * n.s * n.d, op + b * n.g * n.d, sum.data(), n.g, n.s, n.d);
  });
  return into;
}

namespace {

// e^(2q) of a query row, q clamped to kKeyExpLimit + 10: with |k| <= kKeyExpLimit, |k + q| >= 10
// wherever q was clamped, and tanh there is +-1 in float32 either way.
void query_exponentials(const float* q, float* eq, int64_t d) { doubled_exps_row(q, eq, d, kKeyExpLimit + 10); }

// v . tanh(k + q) from ek = e^(2k), eq = e^(2q) and v_sum = sum_a v[a].
float score_from_exponentials(const float* ek, const float* eq, const float* v, float v_sum, int64_t d) {
  return v_sum - 2.0f * reciprocal_sum_row(ek, eq, v, d);
}

}  // namespace

torch::Tensor key_exponentials(const torch::Tensor& keys) {
  torch::NoGradGuard no_grad;
  if (!keys.is_cpu() || keys.scalar_type() != torch::kFloat) return {};
  const auto k = keys.contiguous();
  const float* kp = k.data_ptr<float>();
  // NaN fails the comparison too, and its keys keep the exact path.
  if (!(max_abs_of(kp, k.numel()) <= kKeyExpLimit)) return {};
  auto out = torch::empty_like(k);
  float* op = out.data_ptr<float>();
  parallel_chunks(k.numel(), 4096, [&](int64_t begin, int64_t end, int64_t) {
    doubled_exps_row(kp + begin, op + begin, end - begin, kKeyExpLimit);
  });
  return out;
}

torch::Tensor additive_scores_by_exps(const torch::Tensor& key_exps, const torch::Tensor& queries,
                                      const torch::Tensor& v) {
  torch::NoGradGuard no_grad;
  const Sizes n = sizes_of(queries, key_exps);
  TORCH_CHECK(all_cpu_float({key_exps, queries, v}) && queries.size(1) == n.d && v.dim() == 1 && v.size(0) == n.d,
              "additive_scores_by_exps: key exponentials ", key_exps.sizes(), " queries ", queries.sizes(), " v ",
              v.sizes());
  // Query rows may be a slice of wider rows (the fused step's products): read in place.
  const auto ek = key_exps.contiguous(), q = queries.stride(1) == 1 ? queries : queries.contiguous();
  const auto vc = v.contiguous();
  const int64_t ld = q.stride(0);
  auto out = torch::empty({n.b * n.g, n.s}, ek.options());
  const float *kp = ek.data_ptr<float>(), *qp = q.data_ptr<float>(), *vp = vc.data_ptr<float>();
  float* op = out.data_ptr<float>();
  const float v_sum = sum_of(vp, n.d);
  parallel_chunks(n.b * n.g, 1, [&](int64_t begin, int64_t end, int64_t) {
    std::vector<float> exps(static_cast<std::size_t>(n.d));
    float* eq = exps.data();
    for (int64_t r = begin; r < end; ++r) {
      query_exponentials(qp + r * ld, eq, n.d);
      const float* keys = kp + (r / n.g) * n.s * n.d;
      for (int64_t s = 0; s < n.s; ++s) op[r * n.s + s] = score_from_exponentials(keys + s * n.d, eq, vp, v_sum, n.d);
    }
  });
  return out;
}

namespace {

// Rows whose gradients cross_entropy_loop sums into one partial bias gradient: a fixed number, so
// that the order of the sums, and so the result, does not depend on the thread count.
constexpr int64_t kLossRowBlock = 32;
// Rows of the output layer's logits made at a time for the loss in bfloat16 (OutputCrossEntropy):
// 8 MB of float32 sums at 8,000 words. Made so, the loss's forward pass at 1,440 rows ran 7-9%
// faster than on the whole product's bfloat16 result, with groups of 128 to 1,536 rows alike (a
// scratch program, AMD EPYC Zen 5; docs/performance.md, twenty-ninth run).
constexpr int64_t kLossGroupRows = 8 * kLossRowBlock;

RNNSEARCH_VERSIONS(void add_row(float* o, const float* x, int64_t v), {
  for (int64_t j = 0; j < v; ++j) o[j] += x[j];
})

RNNSEARCH_VERSIONS(void add_bfloat16_row(float* o, const uint16_t* x, int64_t v), {
  for (int64_t j = 0; j < v; ++j) o[j] += float_of_bits(static_cast<uint32_t>(x[j]) << 16);
})

// The bias gradient of rows y = x W^T + b: dy [N, out] summed over its rows, in float32, returned
// in `type`. bfloat16 rows are added into float32 sums as they are read, kLossRowBlock rows to a
// partial sum and the partial sums in order (the result the same on any number of threads);
// LibTorch's sum with a float32 result converts the whole of dy to float32 first.
torch::Tensor bias_gradient(const torch::Tensor& dy, at::ScalarType type) {
  if (dy.scalar_type() != torch::kBFloat16 || dy.dim() != 2 || !dy.is_cpu())
    return dy.sum(0, /*keepdim=*/false, type == torch::kDouble ? torch::kDouble : torch::kFloat).to(type);
  const auto rows_of = dy.contiguous();
  const int64_t rows = rows_of.size(0), v = rows_of.size(1);
  const int64_t blocks = (rows + kLossRowBlock - 1) / kLossRowBlock;
  auto partial = torch::zeros({std::max<int64_t>(blocks, 1), v}, torch::kFloat);
  const auto* in = static_cast<const uint16_t*>(rows_of.data_ptr());
  float* sums = partial.data_ptr<float>();
  parallel_chunks(blocks, 1, [&](int64_t first, int64_t last, int64_t) {
    for (int64_t b = first; b < last; ++b)
      for (int64_t r = b * kLossRowBlock; r < std::min(rows, (b + 1) * kLossRowBlock); ++r)
        add_bfloat16_row(sums + b * v, in + r * v, v);
  });
  for (int64_t b = 1; b < blocks; ++b) add_row(sums, sums + b * v, v);
  return partial[0].to(type);
}

// The loop of cross_entropy_rows over `rows` rows of v logits at `in` (row stride ld, float32, or
// bfloat16 bits when bf16), each plus `bias` (float32 [v]) when given; the gradient rows go to
// `out` (the same layout; may be `in`), each row's losses to nll[r] and smooth[r]. With `partial`
// ([ceil(rows / kLossRowBlock), v] float32), block b's float32 gradient rows are summed into row b.
// With `sums` (bfloat16, `in` == `out`), the logits are float32 sums there (row stride ld), each
// block's rounded to bfloat16 into `out` just before the block is read.
void cross_entropy_loop(const void* in, void* out, int64_t ld, bool bf16, int64_t rows, int64_t v, const float* bias,
                        const int64_t* tp, const float* wp, float eps, double* nll, double* smooth, float* partial,
                        const float* sums = nullptr) {
  const int64_t blocks = (rows + kLossRowBlock - 1) / kLossRowBlock;
  parallel_chunks(blocks, 1, [&](int64_t first, int64_t last, int64_t) {
    std::vector<float> scratch(bf16 ? v : 0);
    for (int64_t b = first; b < last; ++b) {
      if (sums != nullptr) {
        const int64_t begin = b * kLossRowBlock, count = std::min(rows, begin + kLossRowBlock) - begin;
        bfloat16_row(sums + begin * ld, static_cast<uint16_t*>(out) + begin * ld, count * ld);
      }
      float* sum = partial != nullptr ? partial + b * v : nullptr;
      if (sum != nullptr) std::fill(sum, sum + v, 0.0f);
      for (int64_t r = b * kLossRowBlock; r < std::min(rows, (b + 1) * kLossRowBlock); ++r) {
        float* row = bf16 ? scratch.data() : static_cast<float*>(out) + r * ld;
        if (wp[r] == 0) {
          std::fill(row, row + v, 0.0f);
        } else {
          const void* logits = bf16 ? static_cast<const void*>(static_cast<const uint16_t*>(in) + r * ld)
                                    : static_cast<const void*>(static_cast<const float*>(in) + r * ld);
          uint16_t* bits = bf16 ? static_cast<uint16_t*>(out) + r * ld : nullptr;
          const NllAndSmoothing losses =
              cross_entropy_row(logits, bf16, bias, row, v, tp[r], eps, wp[r], sum, bits);
          nll[r] = losses.nll;
          smooth[r] = losses.smoothing;
          continue;
        }
        if (bf16) bfloat16_row(row, static_cast<uint16_t*>(out) + r * ld, v);
      }
    }
  });
}

// The targets and weights of a loss over `rows` rows of v logits, checked and on the CPU.
struct LossRows {
  torch::Tensor targets, weights;
  LossRows(const torch::Tensor& t, const torch::Tensor& w, int64_t rows, int64_t v, const char* what)
      : targets(t.contiguous().cpu()), weights(w.contiguous().cpu()) {
    TORCH_CHECK(targets.dim() == 1 && targets.size(0) == rows && targets.scalar_type() == torch::kLong &&
                    weights.sizes() == targets.sizes() && weights.scalar_type() == torch::kFloat,
                what, ": targets ", t.sizes(), " ", t.scalar_type(), ", weights ", w.sizes(), " ", w.scalar_type(),
                " for ", rows, " rows");
    const int64_t* tp = targets.data_ptr<int64_t>();
    const float* wp = weights.data_ptr<float>();
    for (int64_t r = 0; r < rows; ++r)
      TORCH_CHECK(wp[r] == 0 || (tp[r] >= 0 && tp[r] < v), what, ": target ", tp[r], " outside [0, ", v, ")");
  }
  // {loss, nll} as float32 scalars, summed in row order.
  std::pair<torch::Tensor, torch::Tensor> sums(const std::vector<double>& nll, const std::vector<double>& smooth,
                                               double eps) const {
    const float* wp = weights.data_ptr<float>();
    double loss = 0, nll_sum = 0;
    for (std::size_t r = 0; r < nll.size(); ++r) {
      loss += wp[r] * ((1.0 - eps) * nll[r] + eps * smooth[r]);
      nll_sum += wp[r] * nll[r];
    }
    const auto scalar = torch::TensorOptions().dtype(torch::kFloat);
    return {torch::tensor(static_cast<float>(loss), scalar), torch::tensor(static_cast<float>(nll_sum), scalar)};
  }
};

}  // namespace

std::tuple<torch::Tensor, torch::Tensor, torch::Tensor> cross_entropy_rows(const torch::Tensor& logits,
                                                                           const torch::Tensor& targets,
                                                                           const torch::Tensor& weights, double eps) {
  const bool bf16 = logits.scalar_type() == torch::kBFloat16;
  TORCH_CHECK(logits.dim() == 2 && logits.is_cpu() && (bf16 || logits.scalar_type() == torch::kFloat),
              "cross_entropy_rows: logits ", logits.sizes(), " ", logits.scalar_type());
  const int64_t rows = logits.size(0), v = logits.size(1);
  const LossRows checked(targets, weights, rows, v, "cross_entropy_rows");
  const auto x = logits.contiguous();
  auto grad = torch::empty_like(x);
  std::vector<double> nll(rows, 0.0), smooth(rows, 0.0);
  cross_entropy_loop(x.data_ptr(), grad.data_ptr(), v, bf16, rows, v, nullptr, checked.targets.data_ptr<int64_t>(),
                     checked.weights.data_ptr<float>(), static_cast<float>(eps), nll.data(), smooth.data(), nullptr);
  auto [loss, nll_sum] = checked.sums(nll, smooth, eps);
  return {loss, nll_sum, grad};
}

namespace {

// output_cross_entropy's autograd function. In bfloat16 the operands are padded as `product` pads
// them and the logits stay padded: their buffer, overwritten by the gradient, is then the backward
// products' operand as it stands (rows and columns past the real ones are 0 in both).
struct OutputCrossEntropy : torch::autograd::Function<OutputCrossEntropy> {
  static variable_list forward(AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& weight,
                               const torch::Tensor& bias, const torch::Tensor& targets, const torch::Tensor& weights,
                               double eps) {
    NoAutocast no_autocast;
    const bool bf16 = x.scalar_type() == torch::kBFloat16;
    const int64_t n = x.size(0), k = x.size(1), v = weight.size(0);
    const LossRows checked(targets, weights, n, v, "output_cross_entropy");
    const int64_t pn = bf16 ? padded_size(n) : n, pk = bf16 ? padded_size(k) : k, pv = bf16 ? padded_size(v) : v;
    const auto px = zero_padded(x.contiguous(), pn, pk), pw = zero_padded(weight.to(x.scalar_type()), pv, pk);
    const bool has_bias = bias.numel() > 0;
    const auto float_bias = has_bias ? bias.to(torch::kFloat).contiguous() : torch::Tensor();
    const int64_t blocks = (n + kLossRowBlock - 1) / kLossRowBlock;
    const auto partial = has_bias ? torch::empty({blocks, v}, torch::kFloat) : torch::Tensor();
    std::vector<double> nll(n, 0.0), smooth(n, 0.0);
    // The loss over rows [first, first + count) of `grad`, blocks of kLossRowBlock from `first` on
    // (a multiple of it), so that the bias gradient's partial sums are the same blocks however the
    // rows are split; with `sums`, their logits as float32 sums to round first.
    const auto loss_rows = [&](const torch::Tensor& grad, int64_t first, int64_t count, const float* sums) {
      auto* rows = static_cast<char*>(grad.data_ptr()) + first * pv * grad.element_size();
      cross_entropy_loop(rows, rows, pv, bf16, count, v, has_bias ? float_bias.data_ptr<float>() : nullptr,
                         checked.targets.data_ptr<int64_t>() + first, checked.weights.data_ptr<float>() + first,
                         static_cast<float>(eps), nll.data() + first, smooth.data() + first,
                         has_bias ? partial.data_ptr<float>() + first / kLossRowBlock * v : nullptr, sums);
    };
    // The logits [pn, pv], then their gradient in the same buffer. Where bfloat16 products run on
    // oneDNN's matmul: kLossGroupRows rows at a time, their float32 sums rounded to bfloat16 by the
    // loss loop a block at a time just before it reads them, the same bits as the matmul's own
    // bfloat16 result, which took 8.8-9.0 ms at 1,440 rows where float32 sums took 7.2-7.4.
    torch::Tensor grad;
    if (bf16 && bf16_products_on_onednn() && !switched_off("RNNSEARCH_LOSS_GROUPS")) {
      grad = torch::empty({pn, pv}, px.options());
      if (pn > n) grad.narrow(0, n, pn - n).zero_();  // rows past the real ones, as the padded product makes them
      for (int64_t first = 0; first < n; first += kLossGroupRows) {
        const int64_t count = std::min(kLossGroupRows, n - first);
        const auto sums = onednn_product(px.narrow(0, first, count), pw.t(), torch::kFloat);
        if (!sums.defined()) {  // oneDNN refused the operands: the product whole, below
          grad = torch::Tensor();
          break;
        }
        loss_rows(grad, first, count, sums.data_ptr<float>());
      }
    }
    if (!grad.defined()) {
      grad = product(px, pw.t()).contiguous();
      loss_rows(grad, 0, n, nullptr);
    }
    if (has_bias) {  // the bias gradient, its blocks summed in order
      auto db = torch::zeros({v}, torch::kFloat);
      for (int64_t b = 0; b < blocks; ++b) add_row(db.data_ptr<float>(), partial.data_ptr<float>() + b * v, v);
      ctx->saved_data["bias_grad"] = db;
    }
    ctx->save_for_backward({grad, px, pw});
    ctx->saved_data["sizes"] = std::vector<int64_t>{n, k, v};
    ctx->saved_data["weight_type"] = weight.scalar_type();
    ctx->saved_data["bias_type"] = bias.scalar_type();
    auto [loss, nll_sum] = checked.sums(nll, smooth, eps);
    ctx->mark_non_differentiable({nll_sum});
    return {loss, nll_sum};
  }
  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    NoAutocast no_autocast;
    const auto saved = ctx->get_saved_variables();
    const auto& grad = saved[0];  // w (p - smoothed onehot), padded
    const auto sizes = ctx->saved_data["sizes"].toIntVector();
    const int64_t n = sizes[0], k = sizes[1], v = sizes[2];
    // The loss's own gradient scales the three small results rather than the [N, V] one.
    const double scale = grads[0].item<double>();
    const auto weight_type = ctx->saved_data["weight_type"].toScalarType();
    torch::Tensor dx, dw, db;
    if (ctx->needs_input_grad(0)) dx = product(grad, saved[2]).narrow(0, 0, n).narrow(1, 0, k).mul(scale);
    if (ctx->needs_input_grad(1))
      dw = weight_gradient(gradient_product(grad.t(), saved[1], weight_type).narrow(0, 0, v).narrow(1, 0, k),
                           weight_type)
               .mul_(scale);
    if (ctx->needs_input_grad(2) && ctx->saved_data.count("bias_grad") > 0)
      db = ctx->saved_data["bias_grad"].toTensor().mul(scale).to(ctx->saved_data["bias_type"].toScalarType());
    return {dx, dw, db, {}, {}, {}};
  }
};

}  // namespace

std::pair<torch::Tensor, torch::Tensor> output_cross_entropy(const torch::Tensor& x, const torch::Tensor& weight,
                                                             const torch::Tensor& bias, const torch::Tensor& targets,
                                                             const torch::Tensor& weights, double eps) {
  const auto type = x.scalar_type();
  TORCH_CHECK(x.dim() == 2 && weight.dim() == 2 && x.size(1) == weight.size(1) && x.is_cpu() && weight.is_cpu() &&
                  (type == torch::kFloat || type == torch::kBFloat16) &&
                  (weight.scalar_type() == torch::kFloat || weight.scalar_type() == type) &&
                  (!bias.defined() || (bias.dim() == 1 && bias.size(0) == weight.size(0))),
              "output_cross_entropy: x ", x.sizes(), " ", type, ", weight ", weight.sizes(), " ",
              weight.scalar_type(), ", bias ", bias.defined() ? bias.sizes() : torch::IntArrayRef{});
  const auto out = OutputCrossEntropy::apply(x, weight, or_empty(bias), targets, weights, eps);
  return {out[0], out[1]};
}

torch::Tensor log_softmax_rows_(const torch::Tensor& logits) {
  TORCH_CHECK(logits.dim() == 2, "log_softmax_rows_: logits ", logits.sizes());
  if (!all_cpu_float({logits}) || !logits.is_contiguous()) return torch::log_softmax(logits.to(torch::kFloat), -1);
  const int64_t v = logits.size(1);
  float* p = logits.data_ptr<float>();
  parallel_chunks(logits.size(0), 1, [&](int64_t begin, int64_t end, int64_t) {
    for (int64_t r = begin; r < end; ++r) log_softmax_row(p + r * v, v);
  });
  return logits;
}

torch::Tensor masked_softmax_rows_(const torch::Tensor& scores, const torch::Tensor& mask) {
  TORCH_CHECK(scores.dim() == 2 && mask.dim() == 2 && mask.size(1) == scores.size(1) && mask.size(0) > 0 &&
                  scores.size(0) % mask.size(0) == 0,
              "masked_softmax_rows_: scores ", scores.sizes(), " mask ", mask.sizes());
  const int64_t groups = scores.size(0) / mask.size(0);
  if (!all_cpu_float({scores}) || !scores.is_contiguous() || !mask.is_cpu() || mask.scalar_type() != torch::kBool) {
    const auto real = groups == 1 ? mask : mask.repeat_interleave(groups, 0);
    return torch::softmax(scores.masked_fill(real.logical_not(), -std::numeric_limits<float>::infinity()), -1);
  }
  const auto m = mask.contiguous();
  const int64_t s = scores.size(1);
  float* p = scores.data_ptr<float>();
  const bool* real = m.data_ptr<bool>();
  parallel_chunks(scores.size(0), 8, [&](int64_t begin, int64_t end, int64_t) {
    for (int64_t r = begin; r < end; ++r) masked_softmax_row(p + r * s, real + (r / groups) * s, s);
  });
  return scores;
}

std::tuple<torch::Tensor, torch::Tensor> gru_readout_inference(const torch::Tensor& by_state, const torch::Tensor& by_input,
                                                               const torch::Tensor& h, int64_t attention_size, bool maxout) {
  const int64_t rows = h.size(0), hidden = h.size(1), pre = by_input.size(1) - 3 * hidden;
  TORCH_CHECK(by_state.dim() == 2 && by_input.dim() == 2 && h.dim() == 2 && by_state.size(0) == rows &&
                  by_input.size(0) == rows && pre > 0 && by_state.size(1) == 3 * hidden + attention_size + pre &&
                  (!maxout || pre % 2 == 0),
              "gru_readout_inference: by_state ", by_state.sizes(), " by_input ", by_input.sizes(), " h ", h.sizes());
  if (!all_cpu_float({by_state, by_input, h})) {  // the same with LibTorch's operators
    const RnnState next =
        rnn_step(CellType::gru, by_input.slice(1, 0, 3 * hidden), by_state.slice(1, 0, 3 * hidden), {h, {}});
    const auto p = by_state.slice(1, 3 * hidden + attention_size) + by_input.slice(1, 3 * hidden);
    return {next.h, maxout ? std::get<0>(p.view({rows, pre / 2, 2}).max(-1)) : torch::tanh(p)};
  }
  const auto u = by_state.contiguous(), x = by_input.contiguous(), hc = h.contiguous();
  auto h_next = torch::empty_like(hc);
  auto t = torch::empty({rows, maxout ? pre / 2 : pre}, hc.options());
  const float *up = u.data_ptr<float>(), *xp = x.data_ptr<float>(), *hp = hc.data_ptr<float>();
  float *np = h_next.data_ptr<float>(), *tp = t.data_ptr<float>();
  const int64_t u_width = u.size(1), x_width = x.size(1), t_width = t.size(1);
  parallel_chunks(rows, 1, [&](int64_t begin, int64_t end, int64_t) {
    for (int64_t r = begin; r < end; ++r)
      gru_readout_row(up + r * u_width, xp + r * x_width, hp + r * hidden, np + r * hidden, tp + r * t_width, hidden,
                      attention_size, pre, maxout);
  });
  return {h_next, t};
}

std::tuple<torch::Tensor, torch::Tensor> row_top_k(const torch::Tensor& x, int64_t k) {
  TORCH_CHECK(x.dim() == 2 && k >= 1 && k <= x.size(1), "row_top_k: ", k, " of ", x.sizes());
  if (!all_cpu_float({x})) {
    if (k > 1) return x.topk(k, 1);
    const auto index = x.argmax(1, true);  // the first of equal values, as the loop
    return {x.gather(1, index), index};
  }
  const int64_t rows = x.size(0), n = x.size(1);
  const auto xc = x.contiguous();
  auto values = torch::empty({rows, k}, xc.options());
  auto indices = torch::empty({rows, k}, xc.options().dtype(torch::kInt64));
  const float* xp = xc.data_ptr<float>();
  float* vp = values.data_ptr<float>();
  int64_t* ip = indices.data_ptr<int64_t>();
  parallel_chunks(rows, 1, [&](int64_t begin, int64_t end, int64_t) {
    for (int64_t r = begin; r < end; ++r) top_k_of_row(xp + r * n, n, k, vp + r * k, ip + r * k);
  });
  return {values, indices};
}

std::tuple<torch::Tensor, torch::Tensor, std::shared_ptr<MemoryGradients>> accumulate_memory_gradients(
    const torch::Tensor& values, const torch::Tensor& keys) {
  const bool same = keys.is_same(values);
  if (!torch::GradMode::is_enabled() || !(values.requires_grad() || keys.requires_grad()) || values.dim() != 3 ||
      keys.dim() != 3 || !takes_loops({values, keys}))
    return {values, keys, nullptr};
  auto sums = std::make_shared<MemoryGradients>();
  sums->values = torch::zeros_like(values, torch::MemoryFormat::Contiguous);
  if (!same) sums->keys = torch::zeros_like(keys, torch::MemoryFormat::Contiguous);
  const auto passed = MemorySink::apply(values, same ? torch::empty({0}) : keys, sums->values, or_empty(sums->keys));
  return {passed[0], same ? passed[0] : passed[1], sums};
}

torch::Tensor weighted_sum(const torch::Tensor& weights, const torch::Tensor& values, const torch::Tensor& sum) {
  if (!takes_loops({weights, values})) {
    const int64_t b = values.size(0);
    return torch::bmm(weights.view({b, -1, weights.size(1)}), values).view({weights.size(0), -1});
  }
  return WeightedSum::apply(weights, values, or_empty(sum));
}

torch::Tensor row_dots(const torch::Tensor& queries, const torch::Tensor& keys, const torch::Tensor& sum) {
  if (!takes_loops({queries, keys})) {
    const int64_t b = keys.size(0);
    return torch::bmm(keys, queries.view({b, -1, queries.size(1)}).transpose(1, 2)).transpose(1, 2).reshape({queries.size(0), -1});
  }
  return RowDots::apply(queries, keys, or_empty(sum));
}

torch::Tensor additive_scores(const torch::Tensor& keys, const torch::Tensor& queries, const torch::Tensor& v,
                              const torch::Tensor& sum) {
  if (!takes_loops({keys, queries, v})) {
    const int64_t b = keys.size(0), g = queries.size(0) / b;
    const auto hidden = torch::tanh(keys.unsqueeze(1) + queries.view({b, g, 1, -1}));
    return torch::matmul(hidden, v).view({queries.size(0), -1});
  }
  return AdditiveScores::apply(keys, queries, v, or_empty(sum));
}


namespace {

// The formula gru_step's kernel computes, with LibTorch's operators.
torch::Tensor gru_formula(const torch::Tensor& x_proj, const torch::Tensor& h_proj, const torch::Tensor& h) {
  const auto x = x_proj.chunk(3, -1);
  const auto u = h_proj.chunk(3, -1);
  const auto r = torch::sigmoid(x[0] + u[0]);
  const auto z = torch::sigmoid(x[1] + u[1]);
  const auto n = torch::tanh(x[2] + r * u[2]);
  return n + z * (h - n);  // (1 - z) n + z h
}

// f(G{}, S{}) with G the gates' type and S the state's (see gru_forward_row).
template <typename F>
void dispatch_gru(torch::ScalarType gates, torch::ScalarType state, const F& f) {
  if (state == torch::kDouble)
    f(double{}, double{});
  else if (gates == torch::kBFloat16)
    f(c10::BFloat16{}, float{});
  else
    f(float{}, float{});
}

// Rows may be strided (a step of an unbound [B, T, 3H] projection); the columns must be adjacent.
torch::Tensor with_adjacent_columns(const torch::Tensor& t) { return t.stride(1) == 1 ? t : t.contiguous(); }

// One row of the GRU transition, forward: where `keep` is false (padding) the state passes on
// unchanged; with `kept`, the row's [r, z, n, u_n] for the backward pass.
template <typename G, typename S>
void gru_row_forward(bool keep, const G* x, const G* u, const S* h, S* next, S* kept, int64_t hidden) {
  if (!keep)
    std::copy(h, h + hidden, next);
  else if (kept != nullptr)
    gru_forward_kept_rows(x, u, h, next, kept, hidden);
  else
    gru_forward_rows(x, u, h, next, hidden);
}

// One row backward, g the gradient of the row's next state: where the state passed on unchanged,
// all of g goes to it and none to the projections.
template <typename G, typename S>
void gru_row_backward(bool keep, const S* g, const S* h, const S* kept, G* dx, G* du, S* dh, int64_t hidden) {
  if (keep) {
    gru_backward_rows(g, h, kept, dx, du, dh, hidden);
    return;
  }
  std::fill(dx, dx + 3 * hidden, G(0));
  std::fill(du, du + 3 * hidden, G(0));
  std::copy(g, g + hidden, dh);
}

// The GRU transition of gru_step's forward pass, h contiguous; rows with keep[r] false (keep
// empty: none) pass h on. With `kept`, it receives [r, z, n, u_n] per row for the backward pass.
torch::Tensor gru_forward(const torch::Tensor& x_proj, const torch::Tensor& h_proj, const torch::Tensor& h,
                          const torch::Tensor& keep, torch::Tensor* kept) {
  const int64_t rows = h.size(0), hidden = h.size(1);
  const auto x = with_adjacent_columns(x_proj), u = with_adjacent_columns(h_proj);
  auto next = torch::empty_like(h);
  if (kept) *kept = torch::empty({rows, 4 * hidden}, h.options());
  const bool* kp = keep.numel() > 0 ? keep.data_ptr<bool>() : nullptr;
  dispatch_gru(x.scalar_type(), h.scalar_type(), [&](auto gate, auto state) {
    using G = decltype(gate);
    using S = decltype(state);
    const G *xp = x.data_ptr<G>(), *up = u.data_ptr<G>();
    const S* hp = h.data_ptr<S>();
    S *np = next.data_ptr<S>(), *kk = kept ? kept->data_ptr<S>() : nullptr;
    const int64_t xs = x.stride(0), us = u.stride(0);
    parallel_chunks(rows, 4, [&](int64_t begin, int64_t end, int64_t) {
      for (int64_t r = begin; r < end; ++r)
        gru_row_forward(kp == nullptr || kp[r], xp + r * xs, up + r * us, hp + r * hidden, np + r * hidden,
                        kk != nullptr ? kk + r * 4 * hidden : nullptr, hidden);
    });
  });
  return next;
}

struct GruStep : torch::autograd::Function<GruStep> {
  static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x_proj, const torch::Tensor& h_proj,
                               const torch::Tensor& h, const torch::Tensor& keep) {
    NoAutocast no_autocast;
    const auto hc = h.contiguous();
    torch::Tensor kept;
    auto next = gru_forward(x_proj, h_proj, hc, keep, &kept);
    ctx->saved_data["h"] = hc.detach();
    ctx->saved_data["kept"] = kept;
    ctx->saved_data["keep"] = keep;
    ctx->saved_data["gates"] = static_cast<int64_t>(x_proj.scalar_type());
    return next;
  }

  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    NoAutocast no_autocast;
    const auto h = ctx->saved_data["h"].toTensor(), kept = ctx->saved_data["kept"].toTensor();
    const auto keep = ctx->saved_data["keep"].toTensor();
    const auto gates = static_cast<torch::ScalarType>(ctx->saved_data["gates"].toInt());
    const auto g = grads[0].to(h.scalar_type()).contiguous();
    const int64_t rows = h.size(0), hidden = h.size(1);
    auto dx = torch::empty({rows, 3 * hidden}, h.options().dtype(gates));
    auto du = torch::empty_like(dx);
    auto dh = torch::empty_like(h);
    const bool* kp = keep.numel() > 0 ? keep.data_ptr<bool>() : nullptr;
    dispatch_gru(gates, h.scalar_type(), [&](auto gate, auto state) {
      using G = decltype(gate);
      using S = decltype(state);
      const S *gp = g.data_ptr<S>(), *hp = h.data_ptr<S>(), *kk = kept.data_ptr<S>();
      G *dxp = dx.data_ptr<G>(), *dup = du.data_ptr<G>();
      S* dhp = dh.data_ptr<S>();
      parallel_chunks(rows, 4, [&](int64_t begin, int64_t end, int64_t) {
        for (int64_t r = begin; r < end; ++r)
          gru_row_backward(kp == nullptr || kp[r], gp + r * hidden, hp + r * hidden, kk + r * 4 * hidden,
                           dxp + r * 3 * hidden, dup + r * 3 * hidden, dhp + r * hidden, hidden);
      });
    });
    return {dx, du, dh, torch::Tensor()};
  }
};

}  // namespace

torch::Tensor gru_step(const torch::Tensor& x_proj, const torch::Tensor& h_proj, const torch::Tensor& h,
                       const torch::Tensor& keep) {
  const auto state = h.scalar_type(), gates = x_proj.scalar_type();
  // Under autocast a bfloat16 state (from a bfloat16 product, as the decoder's first) is carried
  // on in float32, as the encoder's is.
  if (state == torch::kBFloat16 && gates == torch::kBFloat16 && h.is_cpu() && cpu_autocast_type())
    return gru_step(x_proj, h_proj, h.to(torch::kFloat), keep);
  const bool types = h_proj.scalar_type() == gates &&
                     ((state == torch::kFloat && (gates == torch::kFloat || gates == torch::kBFloat16)) ||
                      (state == torch::kDouble && gates == torch::kDouble));
  const bool takes = types && x_proj.is_cpu() && h_proj.is_cpu() && h.is_cpu() && h.dim() == 2 && x_proj.dim() == 2 &&
                     h_proj.dim() == 2 && x_proj.size(0) == h.size(0) && h_proj.size(0) == h.size(0) &&
                     x_proj.size(1) == 3 * h.size(1) && h_proj.size(1) == 3 * h.size(1) &&
                     (!keep.defined() || (keep.is_cpu() && keep.scalar_type() == torch::kBool && keep.numel() == h.size(0)));
  if (!takes) {
    const auto next = gru_formula(x_proj, h_proj, h);
    return keep.defined() ? torch::where(keep.view({-1, 1}), next, h) : next;
  }
  const auto rows = keep.defined() ? keep.reshape({-1}).contiguous() : torch::empty({0}, torch::kBool);
  // Without gradients (search), nothing is kept for a backward pass.
  if (!torch::GradMode::is_enabled() || !(x_proj.requires_grad() || h_proj.requires_grad() || h.requires_grad())) {
    NoAutocast no_autocast;
    return gru_forward(x_proj, h_proj, h.contiguous(), rows, nullptr);
  }
  return GruStep::apply(x_proj, h_proj, h, rows);
}

namespace {

// One direction of gru_layer's recurrence on the calling thread's threads, kept for the backward
// pass. Rows of `states` [S + 2, B, H]: the state after the step at position t in row t + 1, and
// rows 0 and S + 1 zero, the state before the first step of either direction; so the state a step
// at position t starts from is in row t (left to right) or t + 2 (right to left).
struct GruDirection {
  torch::Tensor states;  // [S + 2, B, H] float32
  torch::Tensor kept;    // [S, B, 4H] float32: gru_forward_kept_rows' r, z, n, u_n at position t
  bool reverse = false;

  int64_t steps() const { return states.size(0) - 2; }
  int64_t position(int64_t i) const { return reverse ? steps() - 1 - i : i; }
  int64_t before(int64_t t) const { return reverse ? t + 2 : t; }
};

// x_proj [B, S, 3H] float32, contiguous (the backward pass does not read it); keep [S, B] bool,
// contiguous.
void gru_direction_forward(GruDirection& d, const torch::Tensor& x_proj, const PackedLinear& u,
                           const torch::Tensor& keep) {
  const int64_t b = x_proj.size(0), s = x_proj.size(1), hidden = d.states.size(2);
  const float* x = x_proj.data_ptr<float>();
  const bool* kp = keep.data_ptr<bool>();
  for (int64_t i = 0; i < s; ++i) {
    const int64_t t = d.position(i);
    const auto h = d.states[d.before(t)];
    const auto h_proj = u(h);  // [B, 3H] float32, rows adjacent
    const float *up = h_proj.data_ptr<float>(), *hp = h.data_ptr<float>();
    float *np = d.states[t + 1].data_ptr<float>(), *kk = d.kept[t].data_ptr<float>();
    const int64_t us = h_proj.stride(0);
    parallel_chunks(b, 4, [&](int64_t begin, int64_t end, int64_t) {
      for (int64_t r = begin; r < end; ++r)
        gru_row_forward(kp[t * b + r], x + (r * s + t) * 3 * hidden, up + r * us, hp + r * hidden, np + r * hidden,
                        kk + r * 4 * hidden, hidden);
    });
  }
}

struct GruDirectionGradients {
  torch::Tensor dx, dw, db;
};

// g: the gradient of the states, position t of row r at g + (r S + t) ld, float32 (or null: no
// gradient reached them); read as 0 at padding, where the layer's output is 0. u_t packs U^T, so
// that u_t(du) = du U. The gradients of U and b_U in their types, U's from a product in `type`.
GruDirectionGradients gru_direction_backward(const GruDirection& d, const float* g, int64_t ld, const PackedLinear& u_t,
                                             const torch::Tensor& keep, torch::ScalarType type,
                                             torch::ScalarType weight_type, torch::ScalarType bias_type) {
  const int64_t b = d.states.size(1), s = d.steps(), hidden = d.states.size(2);
  const auto options = d.states.options();
  auto dx = torch::empty({b, s, 3 * hidden}, options);
  auto du = torch::empty({s, b, 3 * hidden}, options);
  auto dh = torch::zeros({b, hidden}, options);  // the gradient reaching the state after the step
  auto direct = torch::empty({b, hidden}, options);
  auto row = torch::empty({at::get_num_threads(), hidden}, options);  // each thread's g + dh
  const bool* kp = keep.data_ptr<bool>();
  float *dxp = dx.data_ptr<float>(), *rp = row.data_ptr<float>();
  for (int64_t i = s - 1; i >= 0; --i) {
    const int64_t t = d.position(i);
    const float *hp = d.states[d.before(t)].data_ptr<float>(), *kk = d.kept[t].data_ptr<float>();
    const float* dhp = dh.data_ptr<float>();
    float *dup = du[t].data_ptr<float>(), *dp = direct.data_ptr<float>();
    parallel_chunks(b, 4, [&](int64_t begin, int64_t end, int64_t thread) {
      float* sum = rp + thread * hidden;
      for (int64_t r = begin; r < end; ++r) {
        const float* gr = g != nullptr && kp[t * b + r] ? g + (r * s + t) * ld : nullptr;
        for (int64_t j = 0; j < hidden; ++j) sum[j] = dhp[r * hidden + j] + (gr != nullptr ? gr[j] : 0.0F);
        gru_row_backward(kp[t * b + r], sum, hp + r * hidden, kk + r * 4 * hidden, dxp + (r * s + t) * 3 * hidden,
                         dup + r * 3 * hidden, dp + r * hidden, hidden);
      }
    });
    // The first step's state is the constant 0: nothing flows on from it.
    if (i > 0) dh = direct.add(u_t(du[t]));
  }
  // U's gradient sums du_t^T h_t over the steps: one product, in the steps' products' type.
  const auto before = d.states.narrow(0, d.reverse ? 2 : 0, s).reshape({s * b, hidden});
  const auto flat = du.view({s * b, 3 * hidden});
  const auto dw = weight_gradient(gradient_product(flat.to(type).t(), before.to(type), weight_type), weight_type);
  return {dx, dw, bias_gradient(flat, bias_type)};
}

struct GruLayer : torch::autograd::Function<GruLayer> {
  static variable_list forward(AutogradContext* ctx, const torch::Tensor& x_forward, const torch::Tensor& x_backward,
                               const torch::Tensor& w_forward, const torch::Tensor& b_forward,
                               const torch::Tensor& w_backward, const torch::Tensor& b_backward, const torch::Tensor& keep,
                               int64_t type) {
    NoAutocast no_autocast;
    const auto product_type = static_cast<torch::ScalarType>(type);
    const int64_t b = x_forward.size(0), s = x_forward.size(1), hidden = w_forward.size(1);
    const auto steps_keep = keep.t().contiguous();  // [S, B]
    std::array<GruDirection, 2> d;
    const std::array<const torch::Tensor*, 2> x{&x_forward, &x_backward}, w{&w_forward, &w_backward},
        bias{&b_forward, &b_backward};
    auto run = [&](std::size_t k) {
      torch::NoGradGuard no_grad;
      const auto x32 = x[k]->to(torch::kFloat).contiguous();
      d[k].states = torch::empty({s + 2, b, hidden}, x32.options());
      d[k].states[0].zero_();
      d[k].states[s + 1].zero_();
      d[k].kept = torch::empty({s, b, 4 * hidden}, x32.options());
      d[k].reverse = k == 1;
      gru_direction_forward(d[k], x32, PackedLinear(w[k]->detach(), bias[k]->detach(), product_type), steps_keep);
    };
    run_both([&] { run(0); }, [&] { run(1); });
    ctx->saved_data["keep"] = steps_keep;
    ctx->saved_data["type"] = type;
    for (std::size_t k = 0; k < 2; ++k) {
      const std::string n = std::to_string(k);
      ctx->saved_data["states" + n] = d[k].states;
      ctx->saved_data["kept" + n] = d[k].kept;
      ctx->saved_data["w" + n] = w[k]->detach();
      ctx->saved_data["bias_type" + n] = static_cast<int64_t>(bias[k]->scalar_type());
    }
    ctx->set_materialize_grads(false);
    // [B, S, 2H]: each position's two states side by side, 0 at padding (the annotations).
    auto out = torch::empty({b, s, 2 * hidden}, d[0].states.options());
    float* op = out.data_ptr<float>();
    const bool* kp = steps_keep.data_ptr<bool>();
    const std::array<const float*, 2> states{d[0].states.data_ptr<float>(), d[1].states.data_ptr<float>()};
    parallel_chunks(b, 1, [&](int64_t begin, int64_t end, int64_t) {
      for (int64_t r = begin; r < end; ++r)
        for (int64_t t = 0; t < s; ++t)
          for (std::size_t k = 0; k < 2; ++k) {
            float* o = op + (r * s + t) * 2 * hidden + static_cast<int64_t>(k) * hidden;
            if (kp[t * b + r])
              std::copy_n(states[k] + ((t + 1) * b + r) * hidden, hidden, o);
            else
              std::fill_n(o, hidden, 0.0F);
          }
    });
    return {out};
  }

  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    NoAutocast no_autocast;
    const auto type = static_cast<torch::ScalarType>(ctx->saved_data["type"].toInt());
    const auto keep = ctx->saved_data["keep"].toTensor();
    const auto g = grads[0].defined() ? grads[0].to(torch::kFloat).contiguous() : torch::Tensor();  // [B, S, 2H]
    const int64_t hidden = ctx->saved_data["states0"].toTensor().size(2);
    std::array<GruDirectionGradients, 2> out;
    auto run = [&](std::size_t k) {
      torch::NoGradGuard no_grad;
      const std::string n = std::to_string(k);
      GruDirection d{ctx->saved_data["states" + n].toTensor(), ctx->saved_data["kept" + n].toTensor(), k == 1};
      const auto w = ctx->saved_data["w" + n].toTensor();
      const auto bias_type = static_cast<torch::ScalarType>(ctx->saved_data["bias_type" + n].toInt());
      const float* gk = g.defined() ? g.data_ptr<float>() + static_cast<int64_t>(k) * hidden : nullptr;
      out[k] = gru_direction_backward(d, gk, 2 * hidden, PackedLinear(w.t(), {}, type), keep, type, w.scalar_type(),
                                      bias_type);
    };
    run_both([&] { run(0); }, [&] { run(1); });
    return {out[0].dx, out[1].dx, out[0].dw, out[0].db, out[1].dw, out[1].db, torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

bool takes_gru_layer(const torch::Tensor& x_proj, const torch::Tensor& u_weight) {
  if (switched_off("RNNSEARCH_GRU_LAYER")) return false;
  const auto type = cpu_autocast_type().value_or(u_weight.scalar_type());
  return torch::GradMode::is_enabled() && x_proj.is_cpu() && u_weight.is_cpu() && x_proj.dim() == 3 &&
         u_weight.scalar_type() == torch::kFloat && (type == torch::kFloat || type == torch::kBFloat16) &&
         (x_proj.scalar_type() == torch::kFloat || x_proj.scalar_type() == torch::kBFloat16);
}

torch::Tensor gru_layer(const std::array<torch::Tensor, 2>& x_proj, const std::array<torch::Tensor, 2>& u_weight,
                        const std::array<torch::Tensor, 2>& u_bias, const torch::Tensor& keep) {
  const int64_t b = x_proj[0].size(0), s = x_proj[0].size(1), hidden = u_weight[0].size(1);
  for (std::size_t k = 0; k < 2; ++k)
    TORCH_CHECK(takes_gru_layer(x_proj[k], u_weight[k]) && x_proj[k].size(0) == b && x_proj[k].size(1) == s &&
                    x_proj[k].size(2) == 3 * hidden && u_weight[k].size(0) == 3 * hidden &&
                    u_weight[k].size(1) == hidden && u_bias[k].numel() == 3 * hidden,
                "gru_layer: x_proj ", x_proj[k].sizes(), " U ", u_weight[k].sizes(), " b_U ", u_bias[k].sizes());
  TORCH_CHECK(keep.scalar_type() == torch::kBool && keep.dim() == 2 && keep.size(0) == b && keep.size(1) == s,
              "gru_layer: keep ", keep.sizes(), " for ", x_proj[0].sizes());
  const auto type = cpu_autocast_type().value_or(torch::kFloat);
  return GruLayer::apply(x_proj[0], x_proj[1], u_weight[0], u_bias[0], u_weight[1], u_bias[1], keep.cpu(),
                         static_cast<int64_t>(type))[0];
}

namespace {

// What decoder_recurrence's forward pass keeps for the backward pass. The buffers run step-major
// ([T, B, ...]): each step's rows adjacent, as the products read and write them.
struct DecoderSteps {
  torch::Tensor states;    // [T + 1, B, H] s_0 .. s_T
  torch::Tensor kept;      // [T, B, 4H] the GRU rows' r, z, n, u_n
  // The additive score's tanh(W_a s_{i-1} + keys_j): from e^(2 keys) [B, S, A] (key_exponentials)
  // and e^(2 W_a s_{i-1}) [T, B, A], a product, an addition and a division per element each way;
  // or, where a key lies outside key_exponentials' range, tanh [T, B, S, A] kept (real positions).
  torch::Tensor key_exps, query_exps;
  torch::Tensor tanh;
  torch::Tensor weights;   // [T, B, S] alpha_i, 0 at padding
  torch::Tensor contexts;  // [T, B, D] c_i
  // With bfloat16 products: the states and contexts rounded to bfloat16 as the loops write them,
  // the step products' operands and the weight gradients' (else undefined).
  torch::Tensor states16, contexts16;
};

// Rows [begin, end) of `width` float32 values at `from`, rounded to bfloat16 at `to` (where given).
void bfloat16_rows(const float* from, c10::BFloat16* to, int64_t width, int64_t begin, int64_t end) {
  if (to != nullptr)
    bfloat16_row(from + begin * width, reinterpret_cast<uint16_t*>(to) + begin * width, (end - begin) * width);
}

// x [B, T, 3H], keys [B, S, A], values [B, S, D], score [A]: float32, contiguous; mask [B, S]
// contiguous. by_state packs [U; W_a] with [b_U; 0], by_context C.
void decoder_steps_forward(DecoderSteps& d, const torch::Tensor& x, const torch::Tensor& keys,
                           const torch::Tensor& values, const torch::Tensor& mask, const torch::Tensor& score,
                           const PackedLinear& by_state, const PackedLinear& by_context) {
  const int64_t b = keys.size(0), s = keys.size(1), a = keys.size(2), dim = values.size(2);
  const int64_t steps = d.kept.size(0), hidden = d.states.size(2), g = 3 * hidden;
  const float *xp = x.data_ptr<float>(), *kp = keys.data_ptr<float>(), *vp = values.data_ptr<float>();
  const float* sp = score.data_ptr<float>();
  const float* ekp = d.key_exps.defined() ? d.key_exps.data_ptr<float>() : nullptr;
  const float v_sum = sum_of(sp, a);
  const bool* real = mask.data_ptr<bool>();
  auto scratch = torch::empty({at::get_num_threads(), g}, x.options());
  float* rows = scratch.data_ptr<float>();
  const bool rounded = d.states16.defined();
  for (int64_t t = 0; t < steps; ++t) {
    const auto h = d.states[t];
    const auto by_s = by_state(rounded ? d.states16[t] : h);  // [B, 3H + A]: U s_{i-1} + b_U, W_a s_{i-1}
    const float* up = by_s.data_ptr<float>();
    const int64_t us = by_s.stride(0);
    float *wp = d.weights[t].data_ptr<float>(), *cp = d.contexts[t].data_ptr<float>();
    float* tp = ekp != nullptr ? d.query_exps[t].data_ptr<float>() : d.tanh[t].data_ptr<float>();
    c10::BFloat16* cp16 = rounded ? d.contexts16[t].data_ptr<c10::BFloat16>() : nullptr;
    parallel_chunks(b, 1, [&](int64_t begin, int64_t end, int64_t) {
      for (int64_t r = begin; r < end; ++r) {
        const bool* rr = real + r * s;
        float* e = wp + r * s;
        if (ekp != nullptr) {
          float* eq = tp + r * a;
          query_exponentials(up + r * us + g, eq, a);
          for (int64_t j = 0; j < s; ++j)
            if (rr[j]) e[j] = score_from_exponentials(ekp + (r * s + j) * a, eq, sp, v_sum, a);
        } else {
          for (int64_t j = 0; j < s; ++j)
            if (rr[j]) e[j] = tanh_sum_row(kp + (r * s + j) * a, up + r * us + g, sp, tp + (r * s + j) * a, a);
        }
        masked_softmax_row(e, rr, s);
        weighted_row(e, vp + r * s * dim, cp + r * dim, s, dim);  // into zeros
      }
      bfloat16_rows(cp, cp16, dim, begin, end);
    });
    const auto by_c = by_context(rounded ? d.contexts16[t] : d.contexts[t]);  // [B, 3H]: C c_i
    const float *cq = by_c.data_ptr<float>(), *hp = h.data_ptr<float>();
    const int64_t cs = by_c.stride(0);
    float *np = d.states[t + 1].data_ptr<float>(), *kk = d.kept[t].data_ptr<float>();
    c10::BFloat16* np16 = rounded ? d.states16[t + 1].data_ptr<c10::BFloat16>() : nullptr;
    parallel_chunks(b, 4, [&](int64_t begin, int64_t end, int64_t thread) {
      for (int64_t r = begin; r < end; ++r)
        decoder_gru_row(xp + (r * steps + t) * g, cq + r * cs, up + r * us, hp + r * hidden, rows + thread * g,
                        np + r * hidden, kk + r * 4 * hidden, hidden);
      bfloat16_rows(np, np16, hidden, begin, end);
    });
  }
}

// The gradients reaching decoder_recurrence's outputs ([B, T, H], [B, T, D], [B, T, S] float32
// contiguous; each may be undefined) and where the backward pass writes: dx [T, B, 3H] (the
// gates' input, W E y + b_W and C c_i alike), d_state [T, B, 3H + A] (U s + b_U and W_a s),
// dkeys, dvalues (accumulated), dv_parts [threads, A] (one partial sum per thread).
struct DecoderStepGradients {
  torch::Tensor states, contexts, weights;
  torch::Tensor dx, d_state, dkeys, dvalues, dv_parts;
  torch::Tensor dx16, d_state16;  // with bfloat16 products: dx and d_state rounded as written, else undefined
};

// Runs the steps backwards; returns the gradient of s_0. state_t packs [U; W_a]^T, context_t C^T.
torch::Tensor decoder_steps_backward(const DecoderSteps& d, DecoderStepGradients& o, const torch::Tensor& values,
                                     const torch::Tensor& mask, const torch::Tensor& score,
                                     const PackedLinear& state_t, const PackedLinear& context_t) {
  const int64_t b = values.size(0), s = values.size(1), dim = values.size(2), a = score.size(0);
  const int64_t steps = d.kept.size(0), hidden = d.states.size(2), g = 3 * hidden, gs = g + a;
  const auto options = d.states.options();
  auto dh = torch::zeros({b, hidden}, options);  // the gradient reaching s_i from the steps after it
  auto direct = torch::empty({b, hidden}, options);
  const int64_t width = hidden + s;  // per thread: the state's and the weights' gradient
  auto scratch = torch::empty({at::get_num_threads(), width}, options);
  // Each row's context gradients, the last step's first: the values' gradient takes them after
  // the steps, a row at a time, instead of a pass over every row's values at every step.
  auto contexts_back = torch::empty({b, steps, dim}, options);
  float* cbp = contexts_back.data_ptr<float>();
  const float* ghp = o.states.defined() ? o.states.data_ptr<float>() : nullptr;
  const float* gcp = o.contexts.defined() ? o.contexts.data_ptr<float>() : nullptr;
  const float* gwp = o.weights.defined() ? o.weights.data_ptr<float>() : nullptr;
  const float *vp = values.data_ptr<float>(), *sp = score.data_ptr<float>();
  const bool* real = mask.data_ptr<bool>();
  float *dkp = o.dkeys.data_ptr<float>(), *dvp = o.dvalues.data_ptr<float>(), *partp = o.dv_parts.data_ptr<float>();
  float* rows = scratch.data_ptr<float>();
  for (int64_t t = steps - 1; t >= 0; --t) {
    const float *hp = d.states[t].data_ptr<float>(), *kk = d.kept[t].data_ptr<float>(), *dhp = dh.data_ptr<float>();
    float *dxp = o.dx[t].data_ptr<float>(), *dsp = o.d_state[t].data_ptr<float>(), *dp = direct.data_ptr<float>();
    // s_{t+1}'s gradient: from the steps after it and, but for the last, from the deep output.
    const float* gh = ghp != nullptr && t + 1 < steps ? ghp : nullptr;
    const bool rounded = o.dx16.defined();
    c10::BFloat16 *dxp16 = rounded ? o.dx16[t].data_ptr<c10::BFloat16>() : nullptr,
                  *dsp16 = rounded ? o.d_state16[t].data_ptr<c10::BFloat16>() : nullptr;
    parallel_chunks(b, 4, [&](int64_t begin, int64_t end, int64_t thread) {
      for (int64_t r = begin; r < end; ++r)
        decoder_gru_backward_row(dhp + r * hidden, gh != nullptr ? gh + (r * steps + t + 1) * hidden : nullptr,
                                 hp + r * hidden, kk + r * 4 * hidden, rows + thread * width, dxp + r * g,
                                 dsp + r * gs, dp + r * hidden, hidden);
      bfloat16_rows(dxp, dxp16, g, begin, end);
    });
    const auto dc = context_t(rounded ? o.dx16[t] : o.dx[t]);  // [B, D]: the context's gradient through C
    const float* dcp = dc.data_ptr<float>();
    const int64_t dcs = dc.stride(0);
    const float* wp = d.weights[t].data_ptr<float>();
    const float* ekp = d.key_exps.defined() ? d.key_exps.data_ptr<float>() : nullptr;
    const float* tp = ekp != nullptr ? d.query_exps[t].data_ptr<float>() : d.tanh[t].data_ptr<float>();
    parallel_chunks(b, 1, [&](int64_t begin, int64_t end, int64_t thread) {
      float* dw = rows + thread * width + hidden;
      for (int64_t r = begin; r < end; ++r) {
        float* context = cbp + (r * steps + steps - 1 - t) * dim;
        std::copy(dcp + r * dcs, dcp + r * dcs + dim, context);
        if (gcp != nullptr) add_row(context, gcp + (r * steps + t) * dim, dim);
        const float* vr = vp + r * s * dim;
        const float* wr = wp + r * s;
        dots_row(context, vr, dw, s, dim);
        if (gwp != nullptr) add_row(dw, gwp + (r * steps + t) * s, s);
        softmax_backward_row(wr, dw, s);
        float* dq = dsp + r * gs + g;
        std::fill(dq, dq + a, 0.0F);
        const bool* rr = real + r * s;
        float* dv = partp + thread * a;
        for (int64_t j = 0; j < s; ++j) {
          if (!rr[j]) continue;
          if (ekp != nullptr)
            additive_exps_row(dw[j], ekp + (r * s + j) * a, tp + r * a, sp, dkp + (r * s + j) * a, dq, dv, a);
          else
            additive_block(dw + j, tp + (r * s + j) * a, sp, dkp + (r * s + j) * a, dq, dv, 1, 1, a);
        }
      }
      bfloat16_rows(dsp, dsp16, gs, begin, end);
    });
    dh = state_t(rounded ? o.d_state16[t] : o.d_state[t]).add_(direct);  // through U and W_a, and z s_t
  }
  // dvalues_j += alpha_j dc for every step, added in the steps' order (the last first, as the loop
  // above ran) with one row's values' gradient in cache at a time.
  const float* weights = d.weights.data_ptr<float>();
  parallel_chunks(b, 1, [&](int64_t begin, int64_t end, int64_t) {
    std::vector<float> alphas(steps * s);  // the row's attention weights, the last step's first
    for (int64_t r = begin; r < end; ++r) {
      for (int64_t t = 0; t < steps; ++t)
        std::copy_n(weights + (t * b + r) * s, s, alphas.data() + (steps - 1 - t) * s);
      outer_block(alphas.data(), cbp + r * steps * dim, dvp + r * s * dim, steps, s, dim);
    }
  });
  return dh;
}

struct DecoderLayer : torch::autograd::Function<DecoderLayer> {
  static variable_list forward(AutogradContext* ctx, const torch::Tensor& x_proj, const torch::Tensor& initial,
                               const torch::Tensor& keys, const torch::Tensor& values, const torch::Tensor& query,
                               const torch::Tensor& score, const torch::Tensor& hidden_weight,
                               const torch::Tensor& hidden_bias, const torch::Tensor& context_weight,
                               const torch::Tensor& mask, const torch::Tensor& values_sum,
                               const torch::Tensor& keys_sum, int64_t type) {
    NoAutocast no_autocast;
    const auto product_type = static_cast<torch::ScalarType>(type);
    const int64_t b = x_proj.size(0), steps = x_proj.size(1), hidden = hidden_weight.size(1);
    const int64_t s = keys.size(1), a = keys.size(2), dim = values.size(2);
    const auto x = x_proj.to(torch::kFloat).contiguous();
    const auto k = keys.contiguous(), v = values.contiguous(), m = mask.contiguous();
    const auto sv = score.contiguous();
    const auto options = x.options();
    DecoderSteps d;
    d.states = torch::empty({steps + 1, b, hidden}, options);
    d.states[0].copy_(initial);
    d.kept = torch::empty({steps, b, 4 * hidden}, options);
    if (!switched_off("RNNSEARCH_KEY_EXPS")) d.key_exps = key_exponentials(k);
    if (d.key_exps.defined())
      d.query_exps = torch::empty({steps, b, a}, options);
    else
      d.tanh = torch::empty({steps, b, s, a}, options);
    d.weights = torch::empty({steps, b, s}, options);
    d.contexts = torch::zeros({steps, b, dim}, options);
    if (product_type == torch::kBFloat16) {
      d.states16 = torch::empty({steps + 1, b, hidden}, options.dtype(torch::kBFloat16));
      d.states16[0].copy_(d.states[0]);
      d.contexts16 = torch::empty({steps, b, dim}, options.dtype(torch::kBFloat16));
    }
    const auto by_state_weight = torch::cat({hidden_weight, query});  // [3H + A, H]
    const auto by_state_bias = torch::cat({hidden_bias, torch::zeros({a}, options)});
    decoder_steps_forward(d, x, k, v, m, sv, PackedLinear(by_state_weight, by_state_bias, product_type),
                          PackedLinear(context_weight, {}, product_type));
    ctx->save_for_backward({v, sv, hidden_weight, context_weight});
    ctx->saved_data["by_state_weight"] = by_state_weight;
    ctx->saved_data["states"] = d.states;
    ctx->saved_data["kept"] = d.kept;
    ctx->saved_data["key_exps"] = or_empty(d.key_exps);
    ctx->saved_data["query_exps"] = or_empty(d.query_exps);
    ctx->saved_data["tanh"] = or_empty(d.tanh);
    ctx->saved_data["weights"] = d.weights;
    ctx->saved_data["contexts"] = d.contexts;
    ctx->saved_data["states16"] = or_empty(d.states16);
    ctx->saved_data["contexts16"] = or_empty(d.contexts16);
    ctx->saved_data["mask"] = m;
    ctx->saved_data["values_sum"] = values_sum;
    ctx->saved_data["keys_sum"] = keys_sum;
    ctx->saved_data["type"] = type;
    ctx->saved_data["x_type"] = static_cast<int64_t>(x_proj.scalar_type());
    ctx->set_materialize_grads(false);
    return {d.states.narrow(0, 0, steps).transpose(0, 1), d.contexts.transpose(0, 1), d.weights.transpose(0, 1)};
  }

  static variable_list backward(AutogradContext* ctx, variable_list grads) {
    NoAutocast no_autocast;
    const auto saved = ctx->get_saved_variables();
    const auto &values = saved[0], &score = saved[1], &hidden_weight = saved[2], &context_weight = saved[3];
    const auto type = static_cast<torch::ScalarType>(ctx->saved_data["type"].toInt());
    const auto by_state_weight = ctx->saved_data["by_state_weight"].toTensor();
    const auto saved_tensor = [&](const char* name) { return present(ctx->saved_data[name].toTensor()); };
    const DecoderSteps d{saved_tensor("states"),     saved_tensor("kept"),     saved_tensor("key_exps"),
                         saved_tensor("query_exps"), saved_tensor("tanh"),     saved_tensor("weights"),
                         saved_tensor("contexts"),   saved_tensor("states16"), saved_tensor("contexts16")};
    const auto mask = ctx->saved_data["mask"].toTensor();
    const auto values_sum = present(ctx->saved_data["values_sum"].toTensor());
    const auto keys_sum = present(ctx->saved_data["keys_sum"].toTensor());
    const int64_t steps = d.kept.size(0), b = d.states.size(1), hidden = d.states.size(2), g = 3 * hidden;
    const int64_t s = values.size(1), a = score.size(0), dim = values.size(2);
    const auto options = d.states.options();
    auto gradient = [&](std::size_t i) {
      return i < grads.size() && grads[i].defined() ? grads[i].to(torch::kFloat).contiguous() : torch::Tensor();
    };
    DecoderStepGradients o{gradient(0),
                           gradient(1),
                           gradient(2),
                           torch::empty({steps, b, g}, options),
                           torch::empty({steps, b, g + a}, options),
                           keys_sum.defined() ? keys_sum : torch::zeros({b, s, a}, options),
                           values_sum.defined() ? values_sum : torch::zeros({b, s, dim}, options),
                           torch::zeros({at::get_num_threads(), a}, options),
                           torch::Tensor(),
                           torch::Tensor()};
    if (d.states16.defined()) {
      o.dx16 = torch::empty({steps, b, g}, options.dtype(torch::kBFloat16));
      o.d_state16 = torch::empty({steps, b, g + a}, options.dtype(torch::kBFloat16));
    }
    auto initial = decoder_steps_backward(d, o, values, mask, score, PackedLinear(by_state_weight.t(), {}, type),
                                          PackedLinear(context_weight.t(), {}, type));
    if (o.states.defined()) initial.add_(o.states.select(1, 0));
    // The weights' gradients sum over all steps: one product each, in the steps' products' type
    // (in bfloat16 the rows the loops rounded as they wrote them).
    const bool rounded = d.states16.defined();
    const auto d_state = o.d_state.view({steps * b, g + a});
    const auto d_state_p = rounded ? o.d_state16.view({steps * b, g + a}) : d_state.to(type);
    const auto before = (rounded ? d.states16 : d.states).narrow(0, 0, steps).reshape({steps * b, hidden});
    const auto by_state =  // [3H + A, H]
        gradient_product(d_state_p.t(), before.to(type), by_state_weight.scalar_type());
    const auto dx = (rounded ? o.dx16 : o.dx).view({steps * b, g});
    const auto contexts = (rounded ? d.contexts16 : d.contexts).view({steps * b, dim});
    const auto by_context = gradient_product(dx.to(type).t(), contexts.to(type), context_weight.scalar_type());
    const auto x_type = static_cast<torch::ScalarType>(ctx->saved_data["x_type"].toInt());
    const auto& dx_out = rounded && x_type == torch::kBFloat16 ? o.dx16 : o.dx;
    return {dx_out.transpose(0, 1).to(x_type, false, false, torch::MemoryFormat::Contiguous),
            initial,
            keys_sum.defined() ? torch::Tensor() : o.dkeys,
            values_sum.defined() ? torch::Tensor() : o.dvalues,
            weight_gradient(by_state.narrow(0, g, a), by_state_weight.scalar_type()),
            o.dv_parts.sum(0).to(score.scalar_type()),
            weight_gradient(by_state.narrow(0, 0, g), hidden_weight.scalar_type()),
            bias_gradient(d_state.narrow(1, 0, g), torch::kFloat),
            weight_gradient(by_context, context_weight.scalar_type()),
            torch::Tensor(), torch::Tensor(), torch::Tensor(), torch::Tensor()};
  }
};

}  // namespace

bool takes_decoder_recurrence(const torch::Tensor& x_proj, const torch::Tensor& keys, const torch::Tensor& values,
                              const DecoderRecurrenceWeights& weights) {
  if (switched_off("RNNSEARCH_DECODER_LAYER")) return false;
  const auto type = cpu_autocast_type().value_or(torch::kFloat);
  const auto cpu_float = [](const torch::Tensor& t) {
    return t.defined() && t.is_cpu() && t.scalar_type() == torch::kFloat;
  };
  return torch::GradMode::is_enabled() && (type == torch::kFloat || type == torch::kBFloat16) && x_proj.is_cpu() &&
         (x_proj.scalar_type() == torch::kFloat || x_proj.scalar_type() == torch::kBFloat16) && cpu_float(keys) &&
         cpu_float(values) && cpu_float(weights.query) && cpu_float(weights.score) && cpu_float(weights.hidden) &&
         cpu_float(weights.hidden_bias) && cpu_float(weights.context);
}

std::vector<torch::Tensor> decoder_recurrence(const torch::Tensor& x_proj, const torch::Tensor& initial,
                                              const torch::Tensor& keys, const torch::Tensor& values,
                                              const torch::Tensor& mask, const DecoderRecurrenceWeights& weights,
                                              const std::shared_ptr<MemoryGradients>& sums) {
  const auto& w = weights;
  TORCH_CHECK(takes_decoder_recurrence(x_proj, keys, values, w), "decoder_recurrence: takes CPU float32 tensors");
  const int64_t b = x_proj.size(0), hidden = w.hidden.size(1), a = w.query.size(0);
  const bool shapes = x_proj.dim() == 3 && keys.dim() == 3 && values.dim() == 3 && initial.dim() == 2 &&
                      initial.size(0) == b && initial.size(1) == hidden && x_proj.size(2) == 3 * hidden &&
                      w.hidden.size(0) == 3 * hidden && w.hidden_bias.numel() == 3 * hidden && w.query.dim() == 2 &&
                      w.query.size(1) == hidden && w.score.dim() == 1 && w.score.size(0) == a && keys.size(0) == b &&
                      keys.size(2) == a && values.size(0) == b && values.size(1) == keys.size(1) &&
                      w.context.dim() == 2 && w.context.size(0) == 3 * hidden && w.context.size(1) == values.size(2) &&
                      mask.scalar_type() == torch::kBool && mask.sizes() == keys.sizes().slice(0, 2);
  TORCH_CHECK(shapes, "decoder_recurrence: x_proj ", x_proj.sizes(), " s_0 ", initial.sizes(), " keys ", keys.sizes(),
              " values ", values.sizes(), " mask ", mask.sizes(), " W_a ", w.query.sizes(), " v_a ", w.score.sizes(),
              " U ", w.hidden.sizes(), " C ", w.context.sizes());
  const auto type = cpu_autocast_type().value_or(torch::kFloat);
  const auto keys_sum = sums && sums->keys.defined() ? sums->keys : torch::Tensor();
  const auto values_sum = sums ? sums->values : torch::Tensor();
  return DecoderLayer::apply(x_proj, initial.to(torch::kFloat), keys, values, w.query, w.score, w.hidden,
                             w.hidden_bias, w.context, mask.cpu(), or_empty(values_sum), or_empty(keys_sum),
                             static_cast<int64_t>(type));
}

namespace {

constexpr int64_t kSquareBlock = 16384;

RNNSEARCH_VERSIONS(double squares_row(const float* x, int64_t n), {
  float part[16] = {};
  int64_t i = 0;
  for (; i + 16 <= n; i += 16)
    for (int k = 0; k < 16; ++k) part[k] += x[i + k] * x[i + k];
  double sum = 0;
  for (int k = 0; k < 16; ++k) sum += part[k];
  for (; i < n; ++i) sum += static_cast<double>(x[i]) * x[i];
  return sum;
})

}  // namespace

std::optional<double> sum_of_squares(const std::vector<torch::Tensor>& tensors) {
  struct Block {
    const float* data;
    int64_t n;
  };
  std::vector<Block> blocks;
  for (const auto& t : tensors) {
    if (!t.is_cpu() || t.scalar_type() != torch::kFloat || !t.is_contiguous()) return std::nullopt;
    const float* p = t.data_ptr<float>();
    for (int64_t at = 0; at < t.numel(); at += kSquareBlock)
      blocks.push_back({p + at, std::min(kSquareBlock, t.numel() - at)});
  }
  std::vector<double> sums(blocks.size());
  parallel_chunks(static_cast<int64_t>(blocks.size()), 4, [&](int64_t begin, int64_t end, int64_t) {
    for (auto b = static_cast<std::size_t>(begin); b < static_cast<std::size_t>(end); ++b)
      sums[b] = squares_row(blocks[b].data, blocks[b].n);
  });
  double total = 0;
  for (const double s : sums) total += s;
  return total;
}

bool adam_update(const torch::Tensor& param, const torch::Tensor& grad, const torch::Tensor& first,
                 const torch::Tensor& second, const AdamStep& step) {
  const std::initializer_list<torch::Tensor> all = {param, grad, first, second};
  const bool takes = takes_loops(all) && std::all_of(all.begin(), all.end(), [&](const torch::Tensor& t) {
    return t.is_contiguous() && t.sizes() == param.sizes();
  });
  if (!takes) return false;
  torch::NoGradGuard no_grad;
  AT_DISPATCH_FLOATING_TYPES(param.scalar_type(), "adam_update", [&] {
    scalar_t *p = param.data_ptr<scalar_t>(), *m = first.data_ptr<scalar_t>(), *v = second.data_ptr<scalar_t>();
    const scalar_t* g = grad.data_ptr<scalar_t>();
    parallel_chunks(param.numel(), 16384, [&](int64_t begin, int64_t end, int64_t) {
      adam_rows(p + begin, g + begin, m + begin, v + begin, end - begin, step);
    });
  });
  for (const auto& t : {param, first, second}) t.unsafeGetTensorImpl()->bump_version();  // as in-place operators do
  return true;
}

}  // namespace rnnsearch
