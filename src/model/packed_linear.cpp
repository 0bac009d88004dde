#include "rnnsearch/model/packed_linear.h"

#include "rnnsearch/common/runtime.h"
#include "rnnsearch/model/kernels.h"
#include "rnnsearch/model/panel_gemm.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <vector>

#ifdef RNNSEARCH_DNNL
#include <dnnl.hpp>
#include <dnnl_version.h>
#endif

namespace rnnsearch {
namespace {

// int8 weights: each row n of w [N, K] as s[n] q[n], q in [-limit, limit]. Returns q [N, K] int8 and s [N].
std::pair<torch::Tensor, torch::Tensor> quantize_rows(const torch::Tensor& w, int limit) {
  const auto scales = std::get<0>(w.abs().max(1)).div_(limit).clamp_min_(std::numeric_limits<float>::min());
  return {w.div(scales.unsqueeze(1)).round_().clamp_(-limit, limit).to(torch::kChar), scales};
}

// Where panel_gemm runs float32 products (packed_linear.h): measured at K = 256 and above (the
// model's smallest), as fast as oneDNN or faster at every shape tried; smaller K was not measured.
constexpr int64_t kPanelMinDepth = 256;

bool panels_for(int64_t k) {
  static const bool takes = panel_gemm::available() && !cpu_has_bf16_kernels();
  return takes && k >= kPanelMinDepth && !switched_off("RNNSEARCH_PANEL_GEMM");  // read at each call: bench --compare
}

// The levels of the two int8 forms (packed_linear.h): symmetric inputs and weights in
// [-127, 127]; shifted inputs in [0, 255] (one zero point per call) against weights in [-63, 63],
// so that a pair of products, 2 x 255 x 63, fits the 16 bits that AVX2's vpmaddubsw sums them in.
constexpr int kSymmetricLimit = 127;
constexpr int kShiftedInputLevels = 255;
constexpr int kShiftedWeightLimit = 63;

// int8 inputs: x [M, K] as s (q - z) with one scale s and one zero point z per call (z = 0 when
// symmetric). Written to `out` (M rows of K): q as int8 (symmetric) or uint8 (shifted) for
// oneDNN's kernels, or q - z as float32 for products on float32 kernels.
struct InputScale {
  float scale = 1;
  int zero = 0;
};

template <typename Out>
InputScale quantize_into(const torch::Tensor& x, bool shifted, Out* out) {
  const auto values = x.to(torch::kFloat).contiguous();
  const float* p = values.data_ptr<float>();
  const int64_t count = values.numel();
  // Both loops vectorise (the search step spent 5% of its time here with std::nearbyint, a call
  // per value, while the other thread waited).
  constexpr int kLanes = 16;
  float lows[kLanes] = {}, highs[kLanes] = {};  // zero is always in the range
  int64_t i = 0;
  for (; i + kLanes <= count; i += kLanes)
    for (int l = 0; l < kLanes; ++l) {
      lows[l] = std::min(lows[l], p[i + l]);
      highs[l] = std::max(highs[l], p[i + l]);
    }
  float low = 0, high = 0;
  for (; i < count; ++i) {
    low = std::min(low, p[i]);
    high = std::max(high, p[i]);
  }
  for (int l = 0; l < kLanes; ++l) {
    low = std::min(low, lows[l]);
    high = std::max(high, highs[l]);
  }
  InputScale q;
  const float span = shifted ? (high - low) / kShiftedInputLevels : std::max(-low, high) / kSymmetricLimit;
  if (span > 0 && std::isfinite(span)) {
    q.scale = span;
    if (shifted) q.zero = static_cast<int>(std::lround(-low / span));  // in [0, 255]
  }
  const float inverse = 1.0f / q.scale;
  const float least = shifted ? static_cast<float>(-q.zero) : -kSymmetricLimit;
  const float most = shifted ? static_cast<float>(kShiftedInputLevels - q.zero) : kSymmetricLimit;
  const float offset = std::is_same_v<Out, float> ? 0.0f : static_cast<float>(q.zero);
  // Adding and subtracting 1.5 * 2^23 rounds to the nearest integer, ties to even, as std::nearbyint
  // does (exact for |v| <= 2^22). fmin/fmax keep a NaN off the integer conversion (undefined behaviour).
  constexpr float kRound = 12582912.0f;
  for (i = 0; i < count; ++i) {
    const float v = std::fmax(least, std::fmin(most, ((p[i] * inverse + kRound) - kRound))) + offset;
    out[i] = static_cast<Out>(static_cast<int>(v));
  }
  return q;
}

}  // namespace

#ifdef RNNSEARCH_DNNL
namespace {

using Dims = dnnl::memory::dims;
using Tag = dnnl::memory::format_tag;
using Type = dnnl::memory::data_type;

// Rows are rounded up to a multiple of this, so that search's shrinking batches need few
// primitives (each is compiled on first use, about a millisecond).
constexpr int64_t kRowStep = 8;
// The packed layout is the one oneDNN picks for this many rows; other row counts read it too.
constexpr int64_t kLayoutRows = 64;

}  // namespace

struct PackedLinear::Kernels {
  dnnl::engine engine{dnnl::engine::kind::cpu, 0};
  Type src_type = Type::f32, weight_type = Type::f32;
  int64_t n = 0, k = 0;
  dnnl::memory::desc weights;  // packed
  torch::Tensor packed;        // its bytes
  torch::Tensor bias;          // [N] float32, or undefined
  torch::Tensor scales;        // int8: s_w [N] float32
  torch::Tensor zero_shift;    // shifted int8: s_w[n] sum_k q_w[n, k] [N], the zero point's share per unit
  bool round_to_bf16 = false;  // a bfloat16 product on float32 kernels: inputs rounded to bfloat16
  // A primitive per (rows, threads of the calling thread): oneDNN sizes a primitive's work and
  // scratchpad for the threads it is made with, and translation's workers call from threads of
  // their own with fewer threads each (Translator). Scratchpads are the caller's (one per thread,
  // below), so that two threads may run one primitive at once.
  struct Primitive {
    dnnl::matmul matmul;
    dnnl::memory::desc scratchpad;
  };
  std::mutex mutex;
  std::map<std::pair<int64_t, int>, Primitive> by_rows;

  bool int8() const { return weight_type == Type::s8; }
  bool shifted() const { return src_type == Type::u8; }
  dnnl::memory::desc row_desc() const { return dnnl::memory::desc(Dims{1, n}, Type::f32, Tag::ab); }

  // int8: the sums scaled per column by s_w[n], then by the call's s_x (a post-op reading a
  // [1, 1] tensor), then the bias added (a post-op: the bias argument of an int8 product would be
  // added before the scaling); shifted, the bias less the zero point's share (a [1, N] tensor per
  // call). oneDNN 2.6 runs output scales given at run time through gemm:jit, not its AMX-INT8
  // kernels, which run these shapes 2x as fast as bfloat16's (measured).
  dnnl::primitive_attr int8_attributes() const {
    dnnl::primitive_attr attr;
#if DNNL_VERSION_MAJOR >= 3
    attr.set_scales_mask(DNNL_ARG_WEIGHTS, 1 << 1);
#else
    const float* s = scales.data_ptr<float>();
    attr.set_output_scales(1 << 1, std::vector<float>(s, s + n));
#endif
    dnnl::post_ops ops;
    ops.append_binary(dnnl::algorithm::binary_mul, dnnl::memory::desc(Dims{1, 1}, Type::f32, Tag::ab));
    if (bias.defined() || shifted()) ops.append_binary(dnnl::algorithm::binary_add, row_desc());
    attr.set_post_ops(ops);
    return attr;
  }

  dnnl::matmul::primitive_desc describe(int64_t rows, const dnnl::memory::desc& weights_desc) const {
    const dnnl::memory::desc src(Dims{rows, k}, src_type, Tag::ab), dst(Dims{rows, n}, Type::f32, Tag::ab);
    auto attr = int8() ? int8_attributes() : dnnl::primitive_attr();
    attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
    const bool with_bias = bias.defined() && !int8();
#if DNNL_VERSION_MAJOR >= 3  // oneDNN 3 builds primitive descriptors without an operation descriptor
    return with_bias ? dnnl::matmul::primitive_desc(engine, src, weights_desc, row_desc(), dst, attr)
                     : dnnl::matmul::primitive_desc(engine, src, weights_desc, dst, attr);
#else
    const auto desc = with_bias ? dnnl::matmul::desc(src, weights_desc, row_desc(), dst)
                                : dnnl::matmul::desc(src, weights_desc, dst);
    return dnnl::matmul::primitive_desc(desc, attr, engine);
#endif
  }

  // W [N, K] packed for oneDNN's kernels in `weight_type`, inputs in `src_type`; null where this
  // CPU has no kernels for them. W in float32, bfloat16 or int8 and in any layout: the packing's
  // reorder converts it (float32 to bfloat16 rounded to nearest even, as LibTorch rounds) and
  // reads its strides, so that a float32 weight or its transposed view is read once, not first
  // converted and copied (training packs its step products' weights twice per update).
  static std::shared_ptr<Kernels> pack(const torch::Tensor& w, Type src_type, Type weight_type,
                                       const torch::Tensor& bias, const torch::Tensor& scales) {
    auto kernels = std::make_shared<Kernels>();
    kernels->src_type = src_type;
    kernels->weight_type = weight_type;
    kernels->n = w.size(0);
    kernels->k = w.size(1);
    kernels->bias = bias;
    kernels->scales = scales;
    if (kernels->shifted()) kernels->zero_shift = w.to(torch::kFloat).sum(1).mul_(scales);
    const dnnl::memory::desc any(Dims{kernels->k, kernels->n}, weight_type, Tag::any);
    try {
      kernels->weights = kernels->describe(kLayoutRows, any).weights_desc();
    } catch (const dnnl::error&) {
      return nullptr;
    }
    kernels->packed = torch::empty({static_cast<int64_t>(kernels->weights.get_size())}, torch::kUInt8);
    dnnl::memory packed(kernels->weights, kernels->engine, kernels->packed.data_ptr());
    dnnl::stream stream(kernels->engine);
    const auto reorder_from = [&](const torch::Tensor& source, Type type) {
      // W [N, K] is the K x N matrix whose strides are W's column and row strides.
      dnnl::memory from({Dims{kernels->k, kernels->n}, type, Dims{source.stride(1), source.stride(0)}}, kernels->engine,
                        source.data_ptr());
      dnnl::reorder(from, packed).execute(stream, from, packed);
      stream.wait();
    };
    const auto torch_type = weight_type == Type::f32    ? torch::kFloat
                            : weight_type == Type::bf16 ? torch::kBFloat16
                                                        : torch::kChar;
    const bool float_to_bf16 = w.scalar_type() == torch::kFloat && weight_type == Type::bf16;
    if (w.scalar_type() == torch_type || float_to_bf16) {
      try {
        reorder_from(w, float_to_bf16 ? Type::f32 : weight_type);
        return kernels;
      } catch (const dnnl::error&) {  // no reorder for this type or layout: W converted and copied first
      }
    }
    reorder_from(w.to(torch_type).contiguous(), weight_type);
    return kernels;
  }

  const Primitive& for_rows(int64_t rows) {
    const std::pair<int64_t, int> key{rows, at::get_num_threads()};
    std::lock_guard<std::mutex> lock(mutex);
    auto it = by_rows.find(key);
    if (it == by_rows.end()) {
      const auto pd = describe(rows, weights);
      it = by_rows.emplace(key, Primitive{dnnl::matmul(pd), pd.scratchpad_desc()}).first;
    }
    return it->second;
  }
};
#else
struct PackedLinear::Kernels {};
#endif

bool PackedLinear::int8_shifted_by_default() {
#ifdef RNNSEARCH_DNNL
  return !cpu_has_int8_dot();
#else
  return false;
#endif
}

PackedLinear::PackedLinear(const torch::Tensor& weight, const torch::Tensor& bias, torch::ScalarType type,
                           Int8Form form)
    : int8_(type == torch::kChar),
      shifted_(int8_ && (form == Int8Form::shifted || (form == Int8Form::automatic && int8_shifted_by_default()))),
      out_(weight.size(0)),
      in_(weight.size(1)) {
  TORCH_CHECK(weight.dim() == 2 && (!bias.defined() || bias.sizes() == torch::IntArrayRef{weight.size(0)}),
              "PackedLinear: weight ", weight.sizes(), " bias ", bias.defined() ? bias.sizes() : torch::IntArrayRef{});
  TORCH_CHECK(type == torch::kFloat || type == torch::kBFloat16 || type == torch::kChar,
              "PackedLinear: products in float32, bfloat16 or int8, not ", type);
  torch::NoGradGuard no_grad;
  torch::Tensor w, scales;
  if (int8_) {
    std::tie(w, scales) =
        quantize_rows(weight.detach().to(torch::kFloat), shifted_ ? kShiftedWeightLimit : kSymmetricLimit);
  } else {
    w = weight.detach();  // in its own type and layout: the packing converts it (Kernels::pack)
  }
  // The weight in `type` (bfloat16: rounded), contiguous, for the paths that read it as such.
  const auto rounded = [&] { return w.to(type).contiguous(); };
  const auto b = bias.defined() ? bias.detach().to(torch::kFloat).contiguous() : torch::Tensor();
  if (!int8_ && w.is_cpu() && panels_for(in_)) {
    // bfloat16 here has no kernels of its own: its rounded values multiplied in float32.
    const auto values = rounded().to(torch::kFloat).contiguous();
    panels_ = torch::empty({panel_gemm::packed_floats(out_, in_)}, values.options());
    panel_gemm::pack(values.data_ptr<float>(), out_, in_, panels_.data_ptr<float>());
    round_to_bf16_ = type == torch::kBFloat16;
    bias_ = b;
    return;
  }
#ifdef RNNSEARCH_DNNL
  if (w.is_cpu()) {
    if (!int8_) {
      const Type wanted = type == torch::kFloat ? Type::f32 : Type::bf16;
      kernels_ = Kernels::pack(w, wanted, wanted, b, scales);
      // oneDNN 2.6 has no bfloat16 products on a CPU without AVX-512 (an AVX2-only one): there the
      // weights are rounded to bfloat16 and multiplied by float32 kernels, each input rounded to
      // bfloat16 too: the bfloat16 product (float32 sums of bfloat16 values) at float32's speed.
      if (!kernels_ && wanted == Type::bf16) {
        kernels_ = Kernels::pack(rounded().to(torch::kFloat), Type::f32, Type::f32, b, scales);
        if (kernels_) kernels_->round_to_bf16 = true;
      }
    } else if (shifted_ || cpu_has_int8_dot()) {
      // Symmetric int8 without VNNI or AMX-INT8 would saturate in oneDNN's 16-bit pair sums: the
      // quantised values go to torch::mm below instead.
      kernels_ = Kernels::pack(w, shifted_ ? Type::u8 : Type::s8, Type::s8, b, scales);
    }
    if (kernels_) return;
  }
#endif
  weight_ = int8_ ? w.to(torch::kFloat) : rounded();
  scales_ = scales;
  bias_ = b;
}

torch::Tensor PackedLinear::panel_product(const torch::Tensor& x) const {
  TORCH_CHECK(x.dim() == 2 && x.size(1) == in_ && x.is_cpu(), "PackedLinear: input ", x.sizes(), " for ", out_, " x ",
              in_);
  auto values = round_to_bf16_ ? x.to(torch::kBFloat16).to(torch::kFloat) : x.to(torch::kFloat);
  if (values.stride(1) != 1 || values.stride(0) < in_) values = values.contiguous();
  const int64_t m = values.size(0), panels = (out_ + panel_gemm::kPanelWidth - 1) / panel_gemm::kPanelWidth;
  auto y = torch::empty({m, out_}, values.options());
  if (m == 0) return y;
  const float* bias = bias_.defined() ? bias_.data_ptr<float>() : nullptr;
  // Columns split between the threads in runs of at least about 2^19 multiply-adds.
  const int64_t grain = std::max<int64_t>(1, (int64_t{1} << 15) / (m * in_));
  parallel_chunks(panels, grain, [&](int64_t first, int64_t last, int64_t) {
    panel_gemm::multiply(values.data_ptr<float>(), m, in_, values.stride(0), panels_.data_ptr<float>(), bias, out_,
                         y.data_ptr<float>(), out_, first, last);
  });
  return y;
}

torch::Tensor onednn_product(const torch::Tensor& a, const torch::Tensor& b, std::optional<torch::ScalarType> out) {
#ifdef RNNSEARCH_DNNL
  auto matrix = [&](const torch::Tensor& t) {
    return t.dim() == 2 && t.is_cpu() && t.scalar_type() == a.scalar_type() && (t.stride(0) == 1 || t.stride(1) == 1);
  };
  const bool bf16 = a.scalar_type() == torch::kBFloat16;
  if ((!bf16 && a.scalar_type() != torch::kFloat) || !matrix(a) || !matrix(b) || a.size(1) != b.size(0)) return {};
  const Type type = bf16 ? Type::bf16 : Type::f32;
  const auto out_type = out.value_or(a.scalar_type());
  if (out_type != a.scalar_type() && !(bf16 && out_type == torch::kFloat)) return {};
  const Type c_type = out_type == torch::kFloat ? Type::f32 : Type::bf16;
  const int64_t m = a.size(0), k = a.size(1), n = b.size(1);
  if (m == 0 || n == 0 || k == 0) return torch::zeros({m, n}, a.options().dtype(out_type));
  // One primitive per depth, width, layout and thread count, its rows (and a's leading dimension
  // where a is a transposed view or has rows further apart than k) given at run time: training's
  // row counts change with every batch, and a primitive per row count, made at 0.2-0.7 ms each,
  // also held about 300 MiB more after 50 updates (oneDNN 2.6 caches them; AMD EPYC Zen 4), while
  // these ran the model's shapes about as fast (docs/performance.md, twenty-first run).
  struct Matmul {
    dnnl::matmul primitive;
    dnnl::memory::desc scratchpad;
  };
  static const dnnl::engine engine(dnnl::engine::kind::cpu, 0);
  static std::mutex mutex;
  static std::map<std::vector<int64_t>, std::shared_ptr<const Matmul>> made;
  const bool rows_dense = a.stride(1) == 1 && (a.stride(0) == k || m == 1);  // else a's leading dimension at run time
  const bool a_transposed = a.stride(1) != 1;
  // bfloat16 with b's rows in order (a weight gradient's x, its depth the batch's rows): the depth
  // at run time too, one primitive for every batch (a primitive per depth held about 380 MiB more
  // over 100 updates, AMD EPYC Zen 5).
  const bool runtime_depth = bf16 && b.stride(1) == 1;
  const std::vector<int64_t> key{bf16 ? (c_type == Type::f32 ? 2 : 1) : 0,
                                 runtime_depth ? -1 : k,
                                 n,
                                 rows_dense ? 1 : 0,
                                 a_transposed ? 1 : 0,
                                 b.stride(0),
                                 b.stride(1),
                                 at::in_parallel_region() ? 1 : at::get_num_threads()};
  constexpr auto kRuntime = DNNL_RUNTIME_DIM_VAL;
  auto a_desc = [&](int64_t rows, int64_t depth, int64_t leading) {
    return a_transposed ? dnnl::memory::desc(Dims{rows, depth}, type, Dims{1, leading})
                        : dnnl::memory::desc(Dims{rows, depth}, type, Dims{rows_dense ? depth : leading, 1});
  };
  auto b_desc = [&] { return dnnl::memory::desc(Dims{k, n}, type, Dims{b.stride(0), b.stride(1)}); };
  // A key oneDNN refused is kept with no primitive, so that its products go to torch::mm without
  // trying again.
  std::shared_ptr<const Matmul> matmul;
  {
    const std::lock_guard<std::mutex> lock(mutex);
    if (const auto it = made.find(key); it != made.end()) {
      if (!it->second) return {};
      matmul = it->second;
    }
  }
  if (!matmul) {
    try {
      auto fresh = std::make_shared<Matmul>();
      const auto b_any = runtime_depth ? dnnl::memory::desc(Dims{kRuntime, n}, type, Dims{b.stride(0), 1}) : b_desc();
      const dnnl::memory::desc a_any = a_desc(kRuntime, runtime_depth ? kRuntime : k, kRuntime);
      const dnnl::memory::desc c_any(Dims{kRuntime, n}, c_type, Dims{n, 1});
      dnnl::primitive_attr attr;
      attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
#if DNNL_VERSION_MAJOR >= 3
      const dnnl::matmul::primitive_desc pd(engine, a_any, b_any, c_any, attr);
#else
      const dnnl::matmul::primitive_desc pd(dnnl::matmul::desc(a_any, b_any, c_any), attr, engine);
#endif
      fresh->primitive = dnnl::matmul(pd);
      fresh->scratchpad = pd.scratchpad_desc();
      matmul = fresh;
      const std::lock_guard<std::mutex> lock(mutex);
      made.emplace(key, matmul);
    } catch (const dnnl::error&) {  // strides oneDNN does not take: the caller's torch::mm
      const std::lock_guard<std::mutex> lock(mutex);
      made.emplace(key, nullptr);
      return {};
    }
  }
  auto c = torch::empty({m, n}, a.options().dtype(out_type));
  const int64_t leading = a_transposed ? a.stride(1) : a.stride(0);
  std::unordered_map<int, dnnl::memory> args = {
      {DNNL_ARG_SRC, dnnl::memory(a_desc(m, k, leading), engine, a.data_ptr())},
      {DNNL_ARG_WEIGHTS, dnnl::memory(b_desc(), engine, b.data_ptr())},
      {DNNL_ARG_DST, dnnl::memory(dnnl::memory::desc(Dims{m, n}, c_type, Tag::ab), engine, c.data_ptr())}};
  if (const auto bytes = static_cast<int64_t>(matmul->scratchpad.get_size()); bytes > 0) {
    thread_local torch::Tensor scratchpad;  // this thread's, grown as needed
    if (!scratchpad.defined() || scratchpad.numel() < bytes) scratchpad = torch::empty({bytes}, torch::kUInt8);
    args.emplace(DNNL_ARG_SCRATCHPAD, dnnl::memory(matmul->scratchpad, engine, scratchpad.data_ptr()));
  }
  dnnl::stream stream(engine);
  matmul->primitive.execute(stream, args);
  stream.wait();
  return c;
#else
  (void)a;
  (void)b;
  (void)out;
  return {};
#endif
}

torch::Tensor PackedLinear::operator()(const torch::Tensor& x) const {
  torch::NoGradGuard no_grad;
  if (panels_.defined()) return panel_product(x);
  if (!kernels_) {
    torch::Tensor y;
    if (int8_) {  // the quantised values multiplied in float32: their sums are exact integers
      TORCH_CHECK(x.is_cpu(), "PackedLinear: int8 products on the CPU only, not ", x.device());
      auto q = torch::empty(x.sizes(), x.options().dtype(torch::kFloat));
      const float scale = quantize_into(x, shifted_, q.data_ptr<float>()).scale;
      y = torch::mm(q, weight_.t()).mul_(scales_ * scale);
    } else {
      y = torch::mm(x.to(weight_.scalar_type()), weight_.t()).to(torch::kFloat);
    }
    return bias_.defined() ? y.add_(bias_) : y;
  }
#ifdef RNNSEARCH_DNNL
  Kernels& k = *kernels_;
  TORCH_CHECK(x.dim() == 2 && x.size(1) == k.k && x.is_cpu(), "PackedLinear: input ", x.sizes(), " for ", k.n, " x ",
              k.k);
  const int64_t m = x.size(0), rows = (m + kRowStep - 1) / kRowStep * kRowStep;
  const auto src_type = k.src_type == Type::f32    ? torch::kFloat
                        : k.src_type == Type::bf16 ? torch::kBFloat16
                        : k.src_type == Type::u8   ? torch::kByte
                                                   : torch::kChar;
  // A contiguous float32 input goes to float32 or bfloat16 kernels without LibTorch operators (a
  // search step makes several products on a few rows, where their overhead counted): read in place
  // when it fills the rows, else copied or rounded into this thread's buffer, zero past row m.
  // A contiguous bfloat16 input to bfloat16 kernels (rows a training loop rounded as it wrote
  // them) is read the same way, as it is.
  const bool plain = !k.int8() && !k.round_to_bf16 && x.scalar_type() == torch::kFloat && x.is_contiguous();
  const bool bits = k.src_type == Type::bf16 && x.scalar_type() == torch::kBFloat16 && x.is_contiguous();
  torch::Tensor src;
  void* src_data = nullptr;
  InputScale q;
  if ((plain && k.src_type == Type::f32 && rows == m) || (bits && rows == m)) {
    src_data = x.data_ptr();
  } else if (plain || bits) {
    const int64_t element = k.src_type == Type::f32 ? 4 : 2, bytes = rows * k.k * element;
    thread_local torch::Tensor buffer;  // grown as needed
    if (!buffer.defined() || buffer.numel() < bytes) buffer = torch::empty({bytes}, torch::kUInt8);
    src_data = buffer.data_ptr();
    if (k.src_type == Type::f32 || bits)
      std::memcpy(src_data, x.data_ptr(), static_cast<std::size_t>(m * k.k * element));
    else
      bfloat16_bits(x.data_ptr<float>(), static_cast<uint16_t*>(src_data), m * k.k);
    std::memset(static_cast<char*>(src_data) + m * k.k * element, 0, static_cast<std::size_t>((rows - m) * k.k * element));
  } else {
    src = torch::empty({rows, k.k}, x.options().dtype(src_type));
    if (k.shifted()) {
      q = quantize_into(x, true, src.data_ptr<uint8_t>());
    } else if (k.int8()) {
      q = quantize_into(x, false, src.data_ptr<int8_t>());
    } else {
      src.narrow(0, 0, m).copy_(k.round_to_bf16 ? x.to(torch::kBFloat16) : x);
    }
    if (rows > m) src.narrow(0, m, rows - m).zero_();
    src_data = src.data_ptr();
  }
  auto dst = torch::empty({rows, k.n}, x.options().dtype(torch::kFloat));
  std::unordered_map<int, dnnl::memory> args = {
      {DNNL_ARG_SRC, dnnl::memory({Dims{rows, k.k}, k.src_type, Tag::ab}, k.engine, src_data)},
      {DNNL_ARG_WEIGHTS, dnnl::memory(k.weights, k.engine, k.packed.data_ptr())},
      {DNNL_ARG_DST, dnnl::memory({Dims{rows, k.n}, Type::f32, Tag::ab}, k.engine, dst.data_ptr())}};
  torch::Tensor added = k.bias;
  if (k.int8()) {
#if DNNL_VERSION_MAJOR >= 3
    args.emplace(DNNL_ARG_ATTR_SCALES | DNNL_ARG_WEIGHTS,
                 dnnl::memory({Dims{k.n}, Type::f32, Tag::a}, k.engine, k.scales.data_ptr()));
#endif
    args.emplace(DNNL_ARG_ATTR_MULTIPLE_POST_OP(0) | DNNL_ARG_SRC_1,
                 dnnl::memory({Dims{1, 1}, Type::f32, Tag::ab}, k.engine, &q.scale));
    // s_x s_w[n] (sum_k q_x q_w - z sum_k q_w) + b[n]: the zero point's part joins the bias.
    if (k.shifted()) {
      const double share = static_cast<double>(q.scale) * q.zero;
      added = k.bias.defined() ? torch::add(k.bias, k.zero_shift, -share) : k.zero_shift * -share;  // one op per call
    }
    if (added.defined())
      args.emplace(DNNL_ARG_ATTR_MULTIPLE_POST_OP(1) | DNNL_ARG_SRC_1,
                   dnnl::memory(k.row_desc(), k.engine, added.data_ptr()));
  } else if (added.defined()) {
    args.emplace(DNNL_ARG_BIAS, dnnl::memory(k.row_desc(), k.engine, added.data_ptr()));
  }
  const Kernels::Primitive& primitive = k.for_rows(rows);
  if (const auto bytes = static_cast<int64_t>(primitive.scratchpad.get_size()); bytes > 0) {
    thread_local torch::Tensor scratchpad;  // this thread's, grown as needed
    if (!scratchpad.defined() || scratchpad.numel() < bytes) scratchpad = torch::empty({bytes}, torch::kUInt8);
    args.emplace(DNNL_ARG_SCRATCHPAD, dnnl::memory(primitive.scratchpad, k.engine, scratchpad.data_ptr()));
  }
  dnnl::stream stream(k.engine);
  primitive.matmul.execute(stream, args);
  stream.wait();
  return dst.narrow(0, 0, m);
#else
  return {};
#endif
}

}  // namespace rnnsearch
