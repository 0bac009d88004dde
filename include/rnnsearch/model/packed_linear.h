// Products x W^T + b for search, with W packed once in the layout oneDNN's matrix kernels read:
// AMX tiles, AVX512-BF16 or AVX-512 blocks, whichever the CPU has. Measured on an Intel Xeon
// with AMX (2 threads, a 50 x 256 by 256 x 8000 product): LibTorch 1.13's torch::mm reaches about
// 200 GFLOP/s in bfloat16 (an unpacked weight, a bfloat16 result to convert) and OpenBLAS about
// 60-80 in float32; oneDNN's matmul on packed weights 320-400 and 120-150, with a float32 result.
// Without oneDNN's headers at build time (libdnnl-dev), or for a tensor off the CPU, the product
// is torch::mm's. Where oneDNN has no bfloat16 kernels (a CPU without AVX-512, oneDNN 2.6), the
// bfloat16-rounded weights and inputs are multiplied by its float32 kernels: the same product.
//
// int8 (type torch::kChar), in one of two forms:
// - symmetric: W quantised once per output row, W[n] ~ s_w[n] q_w[n] with s_w[n] = max|W[n]| / 127,
//   and x once per call, x ~ s_x q_x with one s_x = max|x| / 127 for the whole call; q_x q_w^T
//   summed in int32 by oneDNN's VNNI or AMX-INT8 kernels.
// - shifted: q_w in [-63, 63] (s_w[n] = max|W[n]| / 63) and x ~ s_x (q_x - z) with q_x in
//   [0, 255], s_x = (max(x, 0) - min(x, 0)) / 255 and a zero point z per call. CPUs without VNNI
//   (AVX2 ones) multiply uint8 by int8 with vpmaddubsw, which sums pairs of products in
//   saturating 16 bits: symmetric values overflow there (errors of 6-17% measured on an AMD EPYC
//   with AVX2, oneDNN 2.6), these do not (2 x 255 x 63 < 2^15), and oneDNN's kernels for them ran
//   1.5-3x float32's rate on that CPU.
// The integer sums are scaled by s_x s_w[n], the zero point's share z s_x s_w[n] sum_k q_w[n, k]
// taken off, and b added. `automatic` is symmetric where the CPU has VNNI or AMX-INT8
// (cpu_has_int8_dot), else shifted. Without oneDNN (or symmetric without VNNI) the same quantised
// values are multiplied in float32 (exact for K up to 1040), so a form gives the same results
// wherever it runs.
//
// float32 (and bfloat16 on float32 kernels) on a CPU with AVX2 but without AVX-512, for K >= 256:
// panel_gemm.h's kernel on W packed into 16-column panels, which ran the model's shapes 1.0-2.4x
// as fast as oneDNN 2.6's float32 matmul there (its figures). RNNSEARCH_PANEL_GEMM=0 leaves such
// products to oneDNN, for comparison.
#pragma once

#include <memory>
#include <optional>

#include <torch/torch.h>

namespace rnnsearch {

class PackedLinear {
 public:
  PackedLinear() = default;
  // weight [N, K] (as torch::nn::Linear holds it), bias [N] or undefined; the product in `type`
  // (float32, bfloat16 or int8 as above), the result in float32.
  enum class Int8Form { automatic, symmetric, shifted };
  PackedLinear(const torch::Tensor& weight, const torch::Tensor& bias, torch::ScalarType type,
               Int8Form form = Int8Form::automatic);
  // The form `automatic` picks on this CPU: shifted where oneDNN is built in and the CPU has no
  // VNNI or AMX-INT8.
  static bool int8_shifted_by_default();

  // x [M, K], any floating type -> x W^T + b [M, N] float32.
  torch::Tensor operator()(const torch::Tensor& x) const;
  // Whether the product runs on a packed weight, oneDNN's or panel_gemm's (else torch::mm).
  bool packed() const { return kernels_ != nullptr || panels_.defined(); }
  // Whether panel_gemm computes it.
  bool panels() const { return panels_.defined(); }
  int64_t out_features() const { return out_; }

 private:
  torch::Tensor panel_product(const torch::Tensor& x) const;

  struct Kernels;  // the packed weight and the primitives by row count (packed_linear.cpp)
  std::shared_ptr<Kernels> kernels_;
  torch::Tensor weight_, bias_;  // without kernels_: W [N, K] in the product's type (int8: s_w q_w), b float32
  torch::Tensor scales_;         // int8 without kernels_: s_w [N]
  torch::Tensor panels_;         // panel_gemm's packed W (float32), or undefined
  bool int8_ = false, shifted_ = false, round_to_bf16_ = false;
  int64_t out_ = 0, in_ = 0;
};

// a [M, K] b [K, N] in float32, or both in bfloat16, on the CPU through oneDNN's matmul (each
// operand row-major or a transposed view), the result [M, N] contiguous in their type, or in
// `out` (float32 from bfloat16 operands: the sums as accumulated, not rounded to bfloat16); a
// primitive per type, K, N, layout and thread count, kept, M given at each call (in bfloat16, with
// b's rows in order, K too). Undefined where oneDNN is not built in, for other operands or result
// types, or where oneDNN refuses them. See `product` (kernels.h) for where training uses it.
torch::Tensor onednn_product(const torch::Tensor& a, const torch::Tensor& b,
                             std::optional<torch::ScalarType> out = std::nullopt);

}  // namespace rnnsearch
