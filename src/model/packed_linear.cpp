#include "rnnsearch/model/packed_linear.h"

#include <map>
#include <mutex>
#include <unordered_map>

#ifdef RNNSEARCH_DNNL
#include <dnnl.hpp>
#include <dnnl_version.h>
#endif

namespace rnnsearch {

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
  Type type = Type::f32;
  int64_t n = 0, k = 0;
  dnnl::memory::desc weights;  // packed
  torch::Tensor packed;        // its bytes
  torch::Tensor bias;          // [N] float32, or undefined
  std::mutex mutex;
  std::map<int64_t, dnnl::matmul> by_rows;

  dnnl::memory::desc bias_desc() const { return dnnl::memory::desc(Dims{1, n}, Type::f32, Tag::ab); }

  dnnl::matmul::primitive_desc describe(int64_t rows, const dnnl::memory::desc& weights_desc) const {
    const dnnl::memory::desc src(Dims{rows, k}, type, Tag::ab), dst(Dims{rows, n}, Type::f32, Tag::ab);
#if DNNL_VERSION_MAJOR >= 3  // oneDNN 3 builds primitive descriptors without an operation descriptor
    return bias.defined() ? dnnl::matmul::primitive_desc(engine, src, weights_desc, bias_desc(), dst)
                          : dnnl::matmul::primitive_desc(engine, src, weights_desc, dst);
#else
    const auto desc = bias.defined() ? dnnl::matmul::desc(src, weights_desc, bias_desc(), dst)
                                     : dnnl::matmul::desc(src, weights_desc, dst);
    return dnnl::matmul::primitive_desc(desc, engine);
#endif
  }

  const dnnl::matmul& for_rows(int64_t rows) {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = by_rows.find(rows);
    if (it == by_rows.end()) it = by_rows.emplace(rows, dnnl::matmul(describe(rows, weights))).first;
    return it->second;
  }
};
#else
struct PackedLinear::Kernels {};
#endif

PackedLinear::PackedLinear(const torch::Tensor& weight, const torch::Tensor& bias, torch::ScalarType type)
    : out_(weight.size(0)) {
  TORCH_CHECK(weight.dim() == 2 && (!bias.defined() || bias.sizes() == torch::IntArrayRef{weight.size(0)}),
              "PackedLinear: weight ", weight.sizes(), " bias ", bias.defined() ? bias.sizes() : torch::IntArrayRef{});
  TORCH_CHECK(type == torch::kFloat || type == torch::kBFloat16, "PackedLinear: products in float32 or bfloat16, not ",
              type);
  torch::NoGradGuard no_grad;
  const auto w = weight.detach().to(type).contiguous();
  const auto b = bias.defined() ? bias.detach().to(torch::kFloat).contiguous() : torch::Tensor();
#ifdef RNNSEARCH_DNNL
  if (w.is_cpu()) {
    auto kernels = std::make_shared<Kernels>();
    kernels->type = type == torch::kFloat ? Type::f32 : Type::bf16;
    kernels->n = w.size(0);
    kernels->k = w.size(1);
    kernels->bias = b;
    const dnnl::memory::desc any(Dims{kernels->k, kernels->n}, kernels->type, Tag::any);
    kernels->weights = kernels->describe(kLayoutRows, any).weights_desc();
    kernels->packed = torch::empty({static_cast<int64_t>(kernels->weights.get_size())}, torch::kUInt8);
    // W [N, K] row-major is the K x N matrix in layout "ba".
    dnnl::memory plain({Dims{kernels->k, kernels->n}, kernels->type, Tag::ba}, kernels->engine, w.data_ptr());
    dnnl::memory packed(kernels->weights, kernels->engine, kernels->packed.data_ptr());
    dnnl::stream stream(kernels->engine);
    dnnl::reorder(plain, packed).execute(stream, plain, packed);
    stream.wait();
    kernels_ = std::move(kernels);
    return;
  }
#endif
  weight_ = w;
  bias_ = b;
}

torch::Tensor PackedLinear::operator()(const torch::Tensor& x) const {
  torch::NoGradGuard no_grad;
  if (!kernels_) {
    auto y = torch::mm(x.to(weight_.scalar_type()), weight_.t()).to(torch::kFloat);
    return bias_.defined() ? y.add_(bias_) : y;
  }
#ifdef RNNSEARCH_DNNL
  Kernels& k = *kernels_;
  TORCH_CHECK(x.dim() == 2 && x.size(1) == k.k && x.is_cpu(), "PackedLinear: input ", x.sizes(), " for ", k.n, " x ",
              k.k);
  const int64_t m = x.size(0), rows = (m + kRowStep - 1) / kRowStep * kRowStep;
  auto src = torch::empty({rows, k.k}, x.options().dtype(k.type == Type::f32 ? torch::kFloat : torch::kBFloat16));
  src.narrow(0, 0, m).copy_(x);
  if (rows > m) src.narrow(0, m, rows - m).zero_();
  auto dst = torch::empty({rows, k.n}, x.options().dtype(torch::kFloat));
  std::unordered_map<int, dnnl::memory> args = {
      {DNNL_ARG_SRC, dnnl::memory({Dims{rows, k.k}, k.type, Tag::ab}, k.engine, src.data_ptr())},
      {DNNL_ARG_WEIGHTS, dnnl::memory(k.weights, k.engine, k.packed.data_ptr())},
      {DNNL_ARG_DST, dnnl::memory({Dims{rows, k.n}, Type::f32, Tag::ab}, k.engine, dst.data_ptr())}};
  if (k.bias.defined()) args.emplace(DNNL_ARG_BIAS, dnnl::memory(k.bias_desc(), k.engine, k.bias.data_ptr()));
  dnnl::stream stream(k.engine);
  k.for_rows(rows).execute(stream, args);
  stream.wait();
  return dst.narrow(0, 0, m);
#else
  return {};
#endif
}

}  // namespace rnnsearch
